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
        long deadline = System.currentTimeMillis() + timeoutMillis;
        boolean[] tick = { false };
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                tick[0] = false;
                display.timerExec(20, () -> tick[0] = true);
                display.sleep();
            }
        }
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
        Path dir = Path.of(System.getProperty("candor.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
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
}
