package dev.candor.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import dev.candor.store.CandorStore;

/** Event-loop waiting and screenshots for tests that run in the UI thread. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    /**
     * Runs the event loop until {@code condition} holds; fails after
     * {@code timeoutMillis}. A timer wakes the loop so that it never sleeps
     * past the deadline.
     */
    static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        // elapsed time from the monotonic clock: waiting is not a question of what time it is
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        boolean[] tick = { false };
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what
                        + "; " + state(display));
            }
            if (!display.readAndDispatch()) {
                tick[0] = false;
                display.timerExec(20, () -> tick[0] = true);
                display.sleep();
            }
        }
    }

    /** What was open and running when a wait timed out: the shells shown and the jobs not done. */
    private static String state(Display display) {
        java.util.List<String> shells = new java.util.ArrayList<>();
        for (Shell shell : display.getShells()) {
            if (shell.isVisible()) {
                shells.add("\u201c" + shell.getText() + "\u201d");
            }
        }
        java.util.List<String> jobs = new java.util.ArrayList<>();
        for (org.eclipse.core.runtime.jobs.Job job : org.eclipse.core.runtime.jobs.Job.getJobManager().find(null)) {
            jobs.add(job.getName() + " (" + job.getState() + ")");
        }
        return "shells shown " + shells + ", jobs " + jobs;
    }

    /** Processes everything pending, so that the widgets show the latest state. */
    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    static Path screenshot(Shell shell, String name) throws Exception {
        flush();
        // GTK lays out and paints on its own clock: keep the event loop turning a
        // moment so that what was set last is what is drawn.
        long until = System.nanoTime() + 300_000_000L;
        waitUntil("GTK to lay out and paint", 5_000, () -> System.nanoTime() - until >= 0);
        shell.redraw(0, 0, shell.getSize().x, shell.getSize().y, true);
        shell.update();
        flush();
        Path dir = Path.of(System.getProperty("candor.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(image);
        try {
            // The widgets draw themselves into the image: no stale frame of the X server.
            if (!shell.print(gc)) {
                gc.dispose();
                gc = new GC(display);
                gc.copyArea(image, bounds.x, bounds.y);
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }

    /** The application's database; it opens while the window comes up, so this may wait for it. */
    static CandorStore store() {
        Bundle bundle = FrameworkUtil.getBundle(UiTestSupport.class);
        BundleContext context = bundle.getBundleContext();
        waitUntil("the application to open the database", 120_000,
                () -> context.getServiceReference(CandorStore.class) != null);
        return context.getService(context.getServiceReference(CandorStore.class));
    }

    /** A new customer of {@code owner} reached by e-mail, to save in a test. */
    static dev.candor.model.Customer customer(String name, String email, String owner) {
        dev.candor.model.Customer customer = dev.candor.model.CandorFactory.eINSTANCE.createCustomer();
        customer.setName(name);
        customer.setEmail(email);
        customer.setOwner(owner);
        customer.setPreferredChannel(dev.candor.model.Channel.EMAIL);
        return customer;
    }

    /** Deletes a customer a test made, with its records, if it is still there: the demo data set stays as the other tests expect it. */
    static void removeCustomer(CandorStore store, long id) throws Exception {
        if (id <= 0) {
            return;
        }
        store.call(s -> {
            var customer = s.customers().find(id);
            if (customer.isPresent()) {
                s.customers().delete(id, customer.get().getVersion());
            }
            return null;
        });
    }

    /** An application service of the running Candor; it appears once the database is open. */
    static <S> S service(Class<S> type) {
        waitUntil("the " + type.getSimpleName(), 120_000, () -> dev.candor.ui.Services.get(type).isPresent());
        return dev.candor.ui.Services.get(type).orElseThrow();
    }

    /** The database once the demo data set is in it: seeding is scheduled before the store is published. */
    static CandorStore seededStore() {
        CandorStore store = store();
        waitUntil("the demo data set to be seeded", 300_000,
                () -> org.eclipse.core.runtime.jobs.Job.getJobManager().find(
                        dev.candor.app.internal.DemoSeedJob.FAMILY).length == 0);
        return store;
    }

    /** Executes a command with parameters in {@code window}, as its menu item or key would; returns its result. */
    static Object execute(org.eclipse.ui.IWorkbenchWindow window, String command,
            java.util.Map<String, String> parameters) throws Exception {
        org.eclipse.ui.commands.ICommandService commands = window.getService(org.eclipse.ui.commands.ICommandService.class);
        org.eclipse.ui.handlers.IHandlerService handlers = window.getService(org.eclipse.ui.handlers.IHandlerService.class);
        return handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(
                commands.getCommand(command), parameters), null);
    }

    /**
     * Acts on the next shell whose title contains {@code title} as soon as it
     * opens: for modal dialogs, whose open() does not return until they close.
     */
    static void whenShellOpens(String title, java.util.function.Consumer<Shell> action) {
        whenShellOpens(shell -> shell.getText().contains(title), action);
    }

    /** Acts on the next visible shell {@code wanted} accepts as soon as it opens. */
    static void whenShellOpens(java.util.function.Predicate<Shell> wanted, java.util.function.Consumer<Shell> action) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        long deadline = System.nanoTime() + 30_000_000_000L;
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && wanted.test(shell)) {
                    try {
                        action.accept(shell);
                    } catch (RuntimeException | AssertionError e) {
                        // a dialog left open would block the test for good: close it, the test's checks fail
                        e.printStackTrace();
                        if (!shell.isDisposed()) {
                            shell.close();
                        }
                    }
                    return;
                }
            }
            if (System.nanoTime() - deadline < 0) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    /** A menu or button text as read: without its mnemonic marker and its shortcut. */
    static String plain(String text) {
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "").strip();
    }

    /**
     * Adds to {@code clipped} a one-line control narrower than its {@code text} wants, or pushed
     * past its window's edge.
     */
    static void fits(org.eclipse.swt.widgets.Control control, String text, java.util.List<String> clipped) {
        org.eclipse.swt.graphics.Point has = control.getSize();
        if (has.x <= 0) {
            return;
        }
        org.eclipse.swt.graphics.Point wanted = control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        if (has.x + 1 < wanted.x) {
            clipped.add(plain(text) + " (" + has.x + " of " + wanted.x + " px)");
        }
        Shell shell = control.getShell();
        int right = shell.toControl(control.toDisplay(0, 0)).x + has.x;
        if (right > shell.getClientArea().width + 1) {
            clipped.add(plain(text) + " (ends at " + right + " px of " + shell.getClientArea().width + ")");
        }
    }

    /**
     * Runs {@code then} in the UI thread once {@code condition} holds, or {@code otherwise} after
     * {@code timeoutMillis}: for what happens inside a modal dialog, whose own event loop runs the
     * timer, while the test thread is inside {@code open()}.
     */
    static void whenTrue(java.util.function.BooleanSupplier condition, long timeoutMillis, Runnable then,
            Runnable otherwise) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (condition.getAsBoolean()) {
                then.run();
            } else if (System.nanoTime() - deadline > 0) {
                otherwise.run();
            } else {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    /** The first control of type {@code type} under {@code parent} that {@code test} accepts. */
    static <T extends org.eclipse.swt.widgets.Control> T find(org.eclipse.swt.widgets.Composite parent, Class<T> type,
            java.util.function.Predicate<T> test) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (type.isInstance(child) && test.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                T found = find(composite, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Presses the button labelled {@code text} (mnemonics ignored) in {@code shell}. */
    static void press(Shell shell, String text) {
        org.eclipse.swt.widgets.Button button = find(shell, org.eclipse.swt.widgets.Button.class,
                b -> b.getText().replace("&", "").equals(text));
        if (button == null) {
            throw new AssertionError("no button " + text + " in " + shell.getText());
        }
        button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** Opens Preferences on the page {@code pageId} without blocking; the caller closes it. */
    static org.eclipse.jface.preference.PreferenceDialog preferences(org.eclipse.ui.IWorkbenchWindow window, String pageId) {
        org.eclipse.jface.preference.PreferenceDialog dialog = org.eclipse.ui.dialogs.PreferencesUtil
                .createPreferenceDialogOn(window.getShell(), pageId, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }
}
