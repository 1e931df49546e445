package dev.candor.testing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

import dev.candor.ui.CandorUi;
import dev.candor.ui.internal.customers.CustomersView;

/**
 * For the smoke test, the extension install test and the start-up benchmark, in copies of the
 * product they install this bundle into ({@link dev.candor.testing.ProbedProduct}): with
 * {@code -Dcandor.startupReport=<file>} writes when the window became visible and when the
 * customers were shown; with {@code -Dcandor.screenshot=<png>} saves a picture of the window
 * then; with {@code -Dcandor.benchmark.views=<ids>} measures how soon those views paint when
 * opened again; with {@code -Dcandor.exitAfterStartup=true} closes the workbench afterwards.
 * Without these properties it does nothing.
 */
final class StartupProbe {

    private static final java.util.concurrent.atomic.AtomicBoolean STARTED = new java.util.concurrent.atomic.AtomicBoolean();

    private static final long DATA_TIMEOUT_MS = 120_000;

    private StartupProbe() {
    }

    /** The My Day view, named rather than imported: the probe knows no Candor view but the Customers. */
    private static final String MY_DAY = "dev.candor.commitments.ui.views.myDay"; //$NON-NLS-1$

    static void afterStartup(IWorkbench workbench) {
        String report = System.getProperty("candor.startupReport"); //$NON-NLS-1$
        String screenshot = System.getProperty("candor.screenshot"); //$NON-NLS-1$
        boolean exit = Boolean.getBoolean("candor.exitAfterStartup"); //$NON-NLS-1$
        if (report == null && screenshot == null && !exit || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Display display = workbench.getDisplay();
        // Posted behind the first paint of the window.
        display.asyncExec(() -> {
            long ran = wallClockMillis();
            long turned = StartupMoment.firstTurn();
            long visible = turned > 0 ? turned : ran;
            append(report, "visible=" + visible); //$NON-NLS-1$
            // the moment this hook runs, as "visible" was measured before (see StartupMoment)
            append(report, "earlyStartupRan=" + ran); //$NON-NLS-1$
            String viewsReport = System.getProperty("candor.viewsReport"); //$NON-NLS-1$
            if (viewsReport != null) {
                // which views this installation has (the extension install test reads it)
                for (org.eclipse.ui.views.IViewDescriptor view : workbench.getViewRegistry().getViews()) {
                    append(viewsReport, view.getId());
                }
            }
            long deadline = visible + DATA_TIMEOUT_MS;
            waitFor(display, () -> customersShown(workbench) || wallClockMillis() > deadline, () -> {
                append(report, "customersShown=" + wallClockMillis()); //$NON-NLS-1$
                measureView(workbench, report);
                Runnable done = () -> {
                    if (screenshot != null) {
                        capture(workbench.getActiveWorkbenchWindow().getShell(), Path.of(screenshot));
                    }
                    captureCommandDialog(workbench);
                    append(report, "done=" + wallClockMillis()); //$NON-NLS-1$
                    if (exit) {
                        workbench.close();
                    }
                };
                String views = System.getProperty("candor.benchmark.views"); //$NON-NLS-1$
                Runnable finish = views == null ? done
                        : () -> measureViews(workbench, report, List.of(views.split(",")), done); //$NON-NLS-1$
                String customer = System.getProperty("candor.benchmark.customer"); //$NON-NLS-1$
                Runnable profile = customer == null ? finish
                        : () -> measureProfile(workbench, report, Long.parseLong(customer), finish);
                Runnable rest = System.getProperty("candor.benchmark.filter") != null //$NON-NLS-1$
                        ? () -> measureReopen(workbench, report, profile) : finish;
                // My Day opens with the window in the account manager's layout: its first paint during start-up
                IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
                if (window != null && window.getActivePage().findView(MY_DAY) != null) {
                    recordPaint(workbench, () -> window.getActivePage().findView(MY_DAY), report, "myDayFirstPaintMs", //$NON-NLS-1$
                            rest);
                } else {
                    rest.run();
                }
            });
        });
    }

    /** Whether the Customers view shows rows and no seeding runs (true as well where there is no such view). */
    private static boolean customersShown(IWorkbench workbench) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IViewPart part = window == null ? null : window.getActivePage().findView(CandorUi.VIEW_CUSTOMERS);
        if (part == null) {
            return true;
        }
        // the demo seeding job's family (dev.candor.app), named rather than imported: the probe knows no application
        boolean seeding = Job.getJobManager().find("dev.candor.demo.seed").length > 0; //$NON-NLS-1$
        return !seeding && part instanceof CustomersView view && view.getIndex() != null && view.getIndex().visibleCount() > 0;
    }

    private static org.eclipse.swt.widgets.Text textIn(org.eclipse.swt.widgets.Composite parent) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Text text) {
                return text;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                org.eclipse.swt.widgets.Text found = textIn(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * The Customers view's first paint and, with
     * {@code -Dcandor.benchmark.filter=<text>}, the time of each keystroke of
     * typing that text into its filter, including the repaint of the rows.
     */
    private static void measureView(IWorkbench workbench, String report) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IViewPart part = window == null ? null : window.getActivePage().findView(CandorUi.VIEW_CUSTOMERS);
        if (!(part instanceof CustomersView view) || view.getIndex() == null) {
            return;
        }
        append(report, "customers=" + view.getIndex().size()); //$NON-NLS-1$
        append(report, "customersFirstPaintMs=" + view.getFirstPaintMillis()); //$NON-NLS-1$
        append(report, "customersIndexReadyMs=" + view.getIndexReadyMillis()); //$NON-NLS-1$
        String query = System.getProperty("candor.benchmark.filter"); //$NON-NLS-1$
        if (query == null || query.isEmpty()) {
            return;
        }
        // the view's filter field, found as a user finds it: the text field in the view
        org.eclipse.e4.ui.model.application.ui.basic.MPart mpart = view.getSite()
                .getService(org.eclipse.e4.ui.model.application.ui.basic.MPart.class);
        org.eclipse.swt.widgets.Text filter = mpart == null || !(mpart.getWidget() instanceof org.eclipse.swt.widgets.Composite c)
                ? null : textIn(c);
        if (filter == null) {
            append(report, "filterKeystrokes=0"); //$NON-NLS-1$
            return;
        }
        long[] times = new long[query.length() * 2];
        int n = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i <= query.length(); i++) {
                long start = System.nanoTime();
                filter.setText(query.substring(0, i));
                // every paint the keystroke caused, the rows' included
                workbench.getDisplay().update();
                times[n++] = System.nanoTime() - start;
            }
            append(report, "filterMatches=" + view.getIndex().visibleCount()); //$NON-NLS-1$
            filter.setText(""); //$NON-NLS-1$
        }
        java.util.Arrays.sort(times);
        append(report, "filterKeystrokes=" + times.length); //$NON-NLS-1$
        append(report, "filterKeystrokeMedianMicros=" + times[times.length / 2] / 1000); //$NON-NLS-1$
        append(report, "filterKeystrokeMaxMicros=" + times[times.length - 1] / 1000); //$NON-NLS-1$
    }

    /**
     * Closes the Customers view and opens it again in the running workbench:
     * its first paint then measures the view alone, not the rest of the start.
     */
    private static void measureReopen(IWorkbench workbench, String report, Runnable then) {
        var page = workbench.getActiveWorkbenchWindow().getActivePage();
        IViewPart old = page.findView(CandorUi.VIEW_CUSTOMERS);
        if (old == null) {
            then.run(); // not Candor's perspective (the bare baseline): nothing to reopen
            return;
        }
        page.hideView(old);
        try {
            IViewPart part = page.showView(CandorUi.VIEW_CUSTOMERS);
            if (!(part instanceof CustomersView view)) {
                then.run();
                return;
            }
            long deadline = wallClockMillis() + DATA_TIMEOUT_MS;
            waitFor(workbench.getDisplay(), () -> view.getIndexReadyMillis() >= 0 || wallClockMillis() > deadline,
                    () -> {
                        append(report, "reopenFirstPaintMs=" + view.getFirstPaintMillis()); //$NON-NLS-1$
                        append(report, "reopenIndexReadyMs=" + view.getIndexReadyMillis()); //$NON-NLS-1$
                        then.run();
                    });
        } catch (org.eclipse.ui.PartInitException e) {
            append(report, "reopenFailed=1"); //$NON-NLS-1$
            then.run();
        }
    }

    /**
     * With {@code -Dcandor.benchmark.customer=<id>}: opens that customer's
     * profile through the Open Customer command and reports when the form is
     * filled, then how long the Interaction History takes to show all of that
     * customer's interactions. Both parts are found by id and measured through
     * {@link dev.candor.ui.PaintTiming}, so the probe knows neither bundle.
     */
    private static void measureProfile(IWorkbench workbench, String report, long customerId, Runnable then) {
        var window = workbench.getActiveWorkbenchWindow();
        var page = window.getActivePage();
        try {
            page.showView("dev.candor.history.ui.views.history"); //$NON-NLS-1$
            new dev.candor.ui.CustomerRef(customerId, null, null).open(window);
        } catch (Exception e) {
            append(report, "profileFailed=1"); //$NON-NLS-1$
            then.run();
            return;
        }
        recordPaint(workbench, page::getActiveEditor, report, "profileOpenMs", //$NON-NLS-1$
                () -> recordPaint(workbench, () -> page.findView("dev.candor.history.ui.views.history"), report, //$NON-NLS-1$
                        "historyFirstPaintMs", () -> measureSecondProfile(workbench, report, then))); //$NON-NLS-1$
    }

    /**
     * Opens a second, different customer (the first in the Customers view):
     * the first profile also paid for loading the editor's code, this one
     * shows what opening a profile costs from then on.
     */
    private static void measureSecondProfile(IWorkbench workbench, String report, Runnable then) {
        var page = workbench.getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        if (!(page.findView(CandorUi.VIEW_CUSTOMERS) instanceof CustomersView view) || view.getIndex() == null
                || view.getIndex().visibleCount() == 0) {
            then.run();
            return;
        }
        long id = view.getIndex().visible(0).id();
        try {
            new dev.candor.ui.CustomerRef(id, null, null).open(workbench.getActiveWorkbenchWindow());
        } catch (Exception e) {
            then.run();
            return;
        }
        recordPaint(workbench, page::getActiveEditor, report, "profileSecondOpenMs", then); //$NON-NLS-1$
    }

    /**
     * With {@code -Dcandor.benchmark.views=<id>,...}: closes each view and opens it again in
     * the running workbench, and reports its {@link dev.candor.ui.PaintTiming} as
     * {@code view.<id>.firstPaintMs}; the probe knows the views only by id.
     */
    private static void measureViews(IWorkbench workbench, String report, List<String> ids, Runnable then) {
        if (ids.isEmpty()) {
            then.run();
            return;
        }
        String id = ids.get(0);
        Runnable next = () -> measureViews(workbench, report, ids.subList(1, ids.size()), then);
        var page = workbench.getActiveWorkbenchWindow().getActivePage();
        try {
            IViewPart shown = page.findView(id);
            if (shown != null) {
                page.hideView(shown);
            }
            page.showView(id);
        } catch (org.eclipse.ui.PartInitException e) {
            append(report, "view." + id + ".failed=1"); //$NON-NLS-1$ //$NON-NLS-2$
            next.run();
            return;
        }
        recordPaint(workbench, () -> page.findView(id), report, "view." + id + ".firstPaintMs", next); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Waits until the part (an editor or a view, looked up each time) has
     * painted its data, then reports its {@link dev.candor.ui.PaintTiming}
     * under {@code key}; gives up after {@link #DATA_TIMEOUT_MS}.
     */
    private static void recordPaint(IWorkbench workbench, java.util.function.Supplier<Object> part, String report,
            String key, Runnable then) {
        long deadline = wallClockMillis() + DATA_TIMEOUT_MS;
        waitFor(workbench.getDisplay(), () -> part.get() instanceof dev.candor.ui.PaintTiming timing
                && timing.getFirstPaintMillis() >= 0 || wallClockMillis() > deadline, () -> {
                    if (part.get() instanceof dev.candor.ui.PaintTiming timing) {
                        append(report, key + "=" + timing.getFirstPaintMillis()); //$NON-NLS-1$
                    }
                    then.run();
                });
    }

    /**
     * Polls on the UI thread (timerExec, never sleeping) until the condition
     * holds, then runs {@code then} behind the pending paints.
     */
    private static void waitFor(Display display, java.util.function.BooleanSupplier condition, Runnable then) {
        if (condition.getAsBoolean()) {
            display.asyncExec(then);
        } else {
            display.timerExec(10, () -> waitFor(display, condition, then));
        }
    }

    /**
     * {@code -Dcandor.dialogScreenshot=<command id>,<png>}: runs the command, saves its
     * dialog as the user sees it and closes it (to look at dialogs of the installed
     * product, such as Help > Install Extensions, which tests cannot open elsewhere).
     */
    private static void captureCommandDialog(IWorkbench workbench) {
        String wanted = System.getProperty("candor.dialogScreenshot"); //$NON-NLS-1$
        if (wanted == null || !wanted.contains(",")) { //$NON-NLS-1$
            return;
        }
        String[] parts = wanted.split(",", 2); //$NON-NLS-1$
        Display display = workbench.getDisplay();
        Shell main = workbench.getActiveWorkbenchWindow().getShell();
        // the dialog is modal: its own event loop runs this timer
        display.timerExec(4_000, () -> {
            Shell dialog = display.getActiveShell();
            if (dialog != null && dialog != main) {
                capture(dialog, Path.of(parts[1]));
                dialog.close();
            }
        });
        try {
            workbench.getActiveWorkbenchWindow().getService(org.eclipse.ui.handlers.IHandlerService.class)
                    .executeCommand(parts[0], null);
        } catch (Exception e) {
            System.err.println("candor: cannot run " + parts[0] + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static void append(String file, String line) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(Path.of(file), line + "\n", StandardCharsets.UTF_8, //$NON-NLS-1$
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("candor: cannot write the start-up report " + file + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    static void capture(Shell shell, Path png) {
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // flush pending paints so the picture shows what a person would see
        }
        org.eclipse.swt.graphics.Rectangle area = shell.getBounds();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, area.x, area.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            Files.createDirectories(png.toAbsolutePath().getParent());
            loader.save(png.toString(), SWT.IMAGE_PNG);
        } catch (IOException e) {
            System.err.println("candor: cannot save the screenshot " + png + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            image.dispose();
        }
    }

    /**
     * Epoch milliseconds of the machine, not Candor's clock: the probe's figures are compared
     * with the launching process's own reading of the same wall clock.
     */
    static long wallClockMillis() {
        return System.currentTimeMillis(); // machine clock: start-up timing across processes
    }
}
