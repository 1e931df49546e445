package dev.candor.testing.internal;

import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * When the window of a start became visible: the workbench sends "application started" in the UI
 * thread once its windows are rendered, right before its event loop runs; the first turn of that
 * loop is the moment. The probe's early-startup hook comes later, when the early-startup job gets
 * its turn among the jobs a start schedules, so that moment also measures how busy those are.
 */
public final class StartupMoment implements EventHandler {

    private static volatile long firstTurn = -1;

    @Override
    public void handleEvent(Event event) {
        // delivered in Event Admin's thread, not the UI thread: the workbench has one display
        Display display = Display.getDefault();
        if (!display.isDisposed() && firstTurn < 0) {
            display.asyncExec(() -> {
                if (firstTurn < 0) {
                    firstTurn = StartupProbe.wallClockMillis();
                }
            });
        }
    }

    /** The first event-loop turn after the window opened, machine time; -1 if not seen. */
    static long firstTurn() {
        return firstTurn;
    }
}
