package dev.candor.app.tests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.Test;

import dev.candor.profiles.CustomerService;
import dev.candor.ui.Services;

/**
 * Candor started on a network database whose server accepts the connection and never answers:
 * the window is up while the database is still opening. Pressing Ctrl+Shift+N (New Customer)
 * then says at once why it cannot run yet, and the UI thread keeps answering: a
 * {@code syncExec} from another thread completes within a second the whole time.
 */
public class UnansweredDatabaseTest {

    private static final long RESPONSIVE_MILLIS = 1_000;

    static void waitUntil(String what, long millis, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + millis + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    private static void key(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        assertTrue("the key could not be posted", display.post(event));
    }

    private static String texts(Composite parent) {
        StringBuilder out = new StringBuilder();
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                out.append(label.getText()).append('\n');
            } else if (child instanceof Composite composite) {
                out.append(texts(composite));
            }
        }
        return out.toString();
    }

    private static Button button(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && button.getText().replace("&", "").equals(text)) {
                return button;
            }
            if (child instanceof Composite composite) {
                Button found = button(composite, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    public void newCustomerSaysWhyAndTheWindowKeepsAnswering() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Display display = window.getShell().getDisplay();
        waitUntil("Candor to connect to the server", 60_000, () -> SilentServer.accepted() > 0);
        assertFalse("the database cannot be open: its server never answered",
                Services.get(CustomerService.class).isPresent());

        // another thread asks the UI thread for a round-trip every 50 ms and keeps the worst
        AtomicLong worst = new AtomicLong();
        AtomicLong rounds = new AtomicLong();
        boolean[] measuring = { true };
        Thread probe = new Thread(() -> {
            while (measuring[0] && !display.isDisposed()) {
                long start = System.nanoTime();
                display.syncExec(() -> {
                });
                worst.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                rounds.incrementAndGet();
                LockSupport.parkNanos(50_000_000L); // a sampling period, not a wait for a condition
            }
        }, "responsiveness probe");
        probe.start();

        String[] told = { null };
        Shell main = window.getShell();
        for (Shell shell : display.getShells()) {
            assertFalse("a dialog is open already: " + shell.getText(), shell != main && shell.isVisible());
        }
        // without a window manager the keyboard follows the pointer: put it on the window
        org.eclipse.swt.graphics.Rectangle bounds = main.getBounds();
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = bounds.x + bounds.width / 2;
        move.y = bounds.y + bounds.height / 2;
        assertTrue("the pointer could not be moved", display.post(move));
        main.forceActive();
        main.setFocus();
        waitUntil("the window to have the focus", 10_000, () -> display.getActiveShell() == main);
        // the message is modal: its own event loop runs it, so a timer (which runs in that loop) answers it
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (shell != main && shell.isVisible() && shell.getText().contains("New Customer")) {
                    told[0] = texts(shell);
                    screenshot(shell, "new-customer-database-opening");
                    Button ok = button(shell, "OK");
                    if (ok != null) {
                        ok.notifyListeners(SWT.Selection, new Event());
                    } else {
                        shell.close();
                    }
                    return;
                }
            }
            display.timerExec(50, poll[0]);
        };
        display.timerExec(50, poll[0]);
        key(display, SWT.KeyDown, SWT.CTRL, '\0');
        key(display, SWT.KeyDown, SWT.SHIFT, '\0');
        key(display, SWT.KeyDown, 'n', 'n');
        key(display, SWT.KeyUp, 'n', 'n');
        key(display, SWT.KeyUp, SWT.SHIFT, '\0');
        key(display, SWT.KeyUp, SWT.CTRL, '\0');
        waitUntil("New Customer to say why it cannot run", 20_000, () -> told[0] != null);
        // a few more round-trips after the dialog closed
        long after = rounds.get();
        waitUntil("more round-trips", 20_000, () -> rounds.get() > after + 5 && rounds.get() >= 20);
        measuring[0] = false;
        probe.join(5_000);

        assertTrue(told[0], told[0].contains("still opening") && told[0].contains(SilentServer.location()));
        assertTrue("the UI thread answered only after " + worst.get() + " ms", worst.get() < RESPONSIVE_MILLIS);
        assertTrue("too few round-trips measured: " + rounds.get(), rounds.get() >= 10);
        assertFalse(Services.get(CustomerService.class).isPresent());
        System.out.println("UnansweredDatabaseTest: " + rounds.get() + " round-trips, worst " + worst.get() + " ms");
    }

    private static void screenshot(Shell shell, String name) {
        try {
            Image image = new Image(shell.getDisplay(), shell.getBounds().width, shell.getBounds().height);
            GC gc = new GC(shell);
            gc.copyArea(image, 0, 0);
            gc.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path folder = Path.of(System.getProperty("candor.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
            image.dispose();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
