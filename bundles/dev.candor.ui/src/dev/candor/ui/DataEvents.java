package dev.candor.ui;

import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.event.EventHandler;

import dev.candor.services.DataChange;
import dev.candor.services.DataTopics;
import dev.candor.services.ServiceContext;

/**
 * The change events of the application services ({@link DataTopics}) in the UI thread, and the
 * workbench's own topics.
 *
 * @since 0.1
 */
public final class DataEvents {

    private DataEvents() {
    }

    /**
     * Calls {@code onChange} in the UI thread with every change on {@code topic} (a leaf, an
     * entity's {@code .../*}, or {@link DataTopics#ALL}) that {@code which} accepts, and with every
     * {@link DataTopics#RELOAD}; returns the handle to unsubscribe.
     */
    public static Runnable subscribe(Display display, String topic, Predicate<DataChange> which,
            Consumer<DataChange> onChange) {
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker == null) {
            return () -> {
            };
        }
        EventHandler handler = event -> {
            DataChange change = DataChange.of(event);
            if (change != null && (change.isReload() || which.test(change)) && !display.isDisposed()) {
                display.asyncExec(() -> onChange.accept(change));
            }
        };
        broker.subscribe(topic, handler);
        if (!DataTopics.ALL.equals(topic)) {
            broker.subscribe(DataTopics.RELOAD, handler);
        }
        return () -> broker.unsubscribe(handler);
    }

    /** {@link #subscribe(Display, String, Predicate, Consumer)} for every change on {@code topic}. */
    public static Runnable subscribe(Display display, String topic, Consumer<DataChange> onChange) {
        return subscribe(display, topic, change -> true, onChange);
    }

    /** Says that anything may have changed (F5): every view reads again. */
    public static void reload() {
        Services.get(ServiceContext.class).ifPresent(ServiceContext::reload);
    }

    /** Tells other bundles that the user logged the interaction {@code id} in this window; callable from any thread. */
    public static void interactionLogged(long id) {
        post(CandorUi.TOPIC_INTERACTION_LOGGED, Long.valueOf(id));
    }

    /** Subscribes {@code onLogged} to run in the UI thread with the id of each interaction the user logged. */
    public static Runnable subscribeInteractionLogged(Display display, java.util.function.LongConsumer onLogged) {
        return subscribeWorkbench(CandorUi.TOPIC_INTERACTION_LOGGED, display, data -> {
            if (data instanceof Long id) {
                onLogged.accept(id);
            }
        });
    }

    /** Posts {@code data} on a topic of the workbench (not a data change); callable from any thread. */
    public static void post(String topic, Object data) {
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker != null) {
            broker.post(topic, data);
        }
    }

    /** Subscribes to a workbench topic, run in the UI thread with the event's data; returns the handle to unsubscribe. */
    public static Runnable subscribeWorkbench(String topic, Display display, Consumer<Object> onEvent) {
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (broker == null) {
            return () -> {
            };
        }
        EventHandler handler = event -> {
            if (!display.isDisposed()) {
                display.asyncExec(() -> onEvent.accept(event.getProperty(IEventBroker.DATA)));
            }
        };
        broker.subscribe(topic, handler);
        return () -> broker.unsubscribe(handler);
    }
}
