package dev.candor.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Runs work that reads or writes through the services in a job and hands its result, or its
 * failure, back to the UI thread, so the UI never waits for the database. The answer is dropped
 * when {@code owner} was disposed meanwhile (the dialog or view closed).
 *
 * @since 0.1
 */
public final class Background {

    /**
     * How long start-up work waits for {@link #startupDataShown()} before it runs anyway (no view
     * showed data: the perspective has none, or the database is slow to open).
     */
    static final long STARTUP_FALLBACK_MILLIS = 5_000;

    /** Completed when the window has painted the first data the user sees. */
    private static final CompletableFuture<Void> STARTUP_SHOWN = new CompletableFuture<>();

    private Background() {
    }

    /**
     * Runs {@code work} in the UI thread of {@code display} once the window has painted the first
     * data the user sees ({@link #startupDataShown()}), or {@value #STARTUP_FALLBACK_MILLIS} ms after
     * the first such request when nothing reports that; at once when that has happened. For
     * start-up work that nobody waits for (warm-ups, the first reminder check): on two cores it would
     * compete with the window's first paint and the customers loading behind it.
     */
    public static void afterStartup(Display display, Runnable work) {
        STARTUP_SHOWN.completeOnTimeout(null, STARTUP_FALLBACK_MILLIS, TimeUnit.MILLISECONDS)
                .thenRun(() -> {
                    if (!display.isDisposed()) {
                        display.asyncExec(() -> {
                            if (PlatformUI.isWorkbenchRunning() && !PlatformUI.getWorkbench().isClosing()) {
                                work.run();
                            }
                        });
                    }
                });
    }

    /**
     * Says that the window has painted the first data the user sees (the first view to show its
     * rows, or its message that there are none or why they cannot be read), which lets the work
     * waiting in {@link #afterStartup} run. Later calls do nothing.
     */
    public static void startupDataShown() {
        STARTUP_SHOWN.complete(null);
    }

    /** The work of a job. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /**
     * Schedules {@code work} as a system job named {@code name}; {@code done} gets its result and
     * {@code failed} its exception, both in the UI thread of {@code owner}.
     */
    public static <T> Job run(String name, Control owner, Work<T> work, Consumer<T> done, Consumer<Exception> failed) {
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.run();
                answer(owner, () -> done.accept(result));
            } catch (Exception e) {
                answer(owner, () -> failed.accept(e));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /**
     * Runs {@code work} in another thread while the UI thread keeps running its event loop (the
     * workbench's progress service: a busy cursor, then a cancellable progress dialog when it takes
     * long), for what the workbench needs done before a method returns, such as an editor's save.
     * The window keeps painting and answering; it does not wait blocked.
     *
     * @throws Exception what {@code work} threw; {@link InterruptedException} when the user cancelled
     */
    public static <T> T whileBusy(String name, Work<T> work) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        try {
            org.eclipse.ui.PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                monitor.beginTask(name, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                try {
                    result[0] = work.run();
                } catch (Exception e) {
                    failure[0] = e;
                } finally {
                    monitor.done();
                }
            });
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T answer = (T) result[0];
        return answer;
    }

    private static void answer(Control owner, Runnable answer) {
        if (owner == null || owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (!owner.isDisposed()) {
                answer.run();
            }
        });
    }
}
