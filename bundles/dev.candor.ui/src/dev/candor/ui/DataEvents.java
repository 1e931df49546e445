package dev.candor.ui;

import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.event.EventHandler;

import dev.candor.ui.CandorUi;

/**
 * Posts and receives {@link CandorUi#TOPIC_DATA_CHANGED} through the workbench's event broker.
 *
 * @since 0.1
 */
public final class DataEvents {

    private DataEvents() {
    }

    /** Tells every view that data changed; callable from any thread. */
    public static void post(String what) {
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker != null) {
            broker.post(CandorUi.TOPIC_DATA_CHANGED, what);
        }
    }

    /** Subscribes {@code onChange} to run in the UI thread; returns the handle to unsubscribe. */
    public static Runnable subscribe(Display display, Consumer<Object> onChange) {
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker == null) {
            return () -> {
            };
        }
        EventHandler handler = event -> display.asyncExec(() -> onChange.accept(event.getProperty(IEventBroker.DATA)));
        broker.subscribe(CandorUi.TOPIC_DATA_CHANGED, handler);
        return () -> broker.unsubscribe(handler);
    }

    /** Tells other bundles that the user logged the interaction {@code id}; callable from any thread. */
    public static void interactionLogged(long id) {
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker != null) {
            broker.post(CandorUi.TOPIC_INTERACTION_LOGGED, Long.valueOf(id));
        }
    }

    /** Subscribes {@code onLogged} to run in the UI thread with the id of each interaction logged. */
    public static Runnable subscribeInteractionLogged(Display display, java.util.function.LongConsumer onLogged) {
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker == null) {
            return () -> {
            };
        }
        EventHandler handler = event -> {
            if (event.getProperty(IEventBroker.DATA) instanceof Long id) {
                display.asyncExec(() -> onLogged.accept(id));
            }
        };
        broker.subscribe(CandorUi.TOPIC_INTERACTION_LOGGED, handler);
        return () -> broker.unsubscribe(handler);
    }
}
