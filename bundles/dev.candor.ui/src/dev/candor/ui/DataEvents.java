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
        post(CandorUi.TOPIC_DATA_CHANGED, what);
    }

    /** Subscribes {@code onChange} to run in the UI thread; returns the handle to unsubscribe. */
    public static Runnable subscribe(Display display, Consumer<Object> onChange) {
        return subscribe(CandorUi.TOPIC_DATA_CHANGED, display, onChange);
    }

    /** Tells other bundles that the user logged the interaction {@code id}; callable from any thread. */
    public static void interactionLogged(long id) {
        post(CandorUi.TOPIC_INTERACTION_LOGGED, Long.valueOf(id));
    }

    /** Subscribes {@code onLogged} to run in the UI thread with the id of each interaction logged. */
    public static Runnable subscribeInteractionLogged(Display display, java.util.function.LongConsumer onLogged) {
        return subscribe(CandorUi.TOPIC_INTERACTION_LOGGED, display, data -> {
            if (data instanceof Long id) {
                onLogged.accept(id);
            }
        });
    }

    /** Posts {@code data} on any topic through the workbench's event broker; callable from any thread. */
    public static void post(String topic, Object data) {
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker != null) {
            broker.post(topic, data);
        }
    }

    /** Subscribes {@code onEvent} to a topic, run in the UI thread with the event's data; returns the handle to unsubscribe. */
    public static Runnable subscribe(String topic, Display display, Consumer<Object> onEvent) {
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker == null) {
            return () -> {
            };
        }
        EventHandler handler = event -> display.asyncExec(() -> onEvent.accept(event.getProperty(IEventBroker.DATA)));
        broker.subscribe(topic, handler);
        return () -> broker.unsubscribe(handler);
    }
}
