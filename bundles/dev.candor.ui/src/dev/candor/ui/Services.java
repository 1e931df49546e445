package dev.candor.ui;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

import dev.candor.ui.internal.Messages;

/**
 * How Candor's views, handlers and dialogs reach the application services (the customer,
 * interaction, commitment, review, layout and exchange services, and those of extension
 * bundles): through one service tracker per service type, opened once. The services are there
 * while the database is open.
 *
 * <p>{@link #get} never waits, so it is what the UI thread uses: when the service is not there
 * yet, {@link #whyUnavailable()} says why for the user. {@link #await} waits, and may only be
 * called from a job.</p>
 *
 * @since 0.1
 */
public final class Services {

    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();
    private static volatile String database = ""; //$NON-NLS-1$
    private static volatile String failure;

    private Services() {
    }

    @SuppressWarnings("unchecked")
    private static <S> ServiceTracker<S, S> tracker(Class<S> type) {
        return (ServiceTracker<S, S>) TRACKERS.computeIfAbsent(type, t -> {
            BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
            ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
            tracker.open();
            return tracker;
        });
    }

    /** The service if it is registered now; never waits. */
    public static <S> Optional<S> get(Class<S> type) {
        return Optional.ofNullable(tracker(type).getService());
    }

    /**
     * The service once it is registered, waiting up to {@code millis} (the database may still be
     * opening).
     *
     * @throws IllegalStateException on the UI thread, which must never wait
     */
    public static <S> Optional<S> await(Class<S> type, long millis) {
        if (Display.getCurrent() != null) {
            throw new IllegalStateException("the UI thread never waits for a service: use get, or a job"); //$NON-NLS-1$
        }
        try {
            return Optional.ofNullable(tracker(type).waitForService(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * The service if it is there now; otherwise tells the user why the command cannot run yet
     * (in a dialog over {@code shell} titled {@code title}) and returns empty. Never waits.
     */
    public static <S> Optional<S> getOrSay(Class<S> type, org.eclipse.swt.widgets.Shell shell, String title) {
        Optional<S> service = get(type);
        if (service.isEmpty()) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, title, whyUnavailable());
        }
        return service;
    }

    /** How long a view's job waits for the database to open before it says so. */
    public static final long OPEN_TIMEOUT_MILLIS = 120_000;

    /**
     * Calls {@code onChange} in the UI thread whenever the service of {@code type} comes or goes
     * (with the current one, or empty), and once at once with what is there now; returns the
     * handle to stop.
     */
    public static <S> Runnable watch(Class<S> type, Display display, Consumer<Optional<S>> onChange) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<S, S> watcher = new ServiceTracker<>(context, type, new ServiceTrackerCustomizer<S, S>() {
            @Override
            public S addingService(ServiceReference<S> reference) {
                S service = context.getService(reference);
                changed();
                return service;
            }

            @Override
            public void modifiedService(ServiceReference<S> reference, S service) {
                // the same service
            }

            @Override
            public void removedService(ServiceReference<S> reference, S service) {
                context.ungetService(reference);
                changed();
            }

            private void changed() {
                if (!display.isDisposed()) {
                    display.asyncExec(() -> onChange.accept(get(type)));
                }
            }
        });
        watcher.open();
        display.asyncExec(() -> onChange.accept(get(type)));
        return watcher::close;
    }

    /** Candor's application tells where the database is being opened. */
    public static void databaseOpening(String location) {
        database = location;
        failure = null;
    }

    /** Candor's application tells that opening the database failed, and why. */
    public static void databaseFailed(String location, String why) {
        database = location;
        failure = why;
    }

    /**
     * Why a command cannot run now because its service is not there, for the user: the database is
     * still opening, or could not be opened and why.
     */
    public static String whyUnavailable() {
        String why = failure;
        return why != null ? NLS.bind(Messages.Services_Failed, database, why)
                : NLS.bind(Messages.Services_Opening, database.isEmpty() ? Messages.Services_TheDatabase : database);
    }
}
