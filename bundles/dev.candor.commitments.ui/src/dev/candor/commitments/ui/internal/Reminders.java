package dev.candor.commitments.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

import dev.candor.commitments.DueBuckets;
import dev.candor.commitments.CommitmentService;
import dev.candor.services.DataTopics;
import dev.candor.store.CommitmentSummary;
import dev.candor.ui.DataEvents;
import dev.candor.ui.Services;

/**
 * Checks every minute, while Candor runs, for commitments that are overdue or due within
 * {@link DueBuckets#DUE_SOON}: posts the counts for the status-bar indicator and pops up
 * the ones not shown before. The first check after start also names what became overdue
 * while Candor was closed, since the last check recorded in the preferences.
 */
public final class Reminders {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    /** Topic of the counts, data an {@code int[] { overdue, dueSoon }}. */
    public static final String TOPIC_COUNTS = "dev/candor/commitments/reminders"; //$NON-NLS-1$
    public static final String LAST_CHECK = "lastReminderCheck"; //$NON-NLS-1$
    private static final int PERIOD_MILLIS = 60_000;

    private final Display display;
    private final Set<Long> notified = new HashSet<>();
    private long lastCheck;
    private boolean first = true;
    private final Job check;

    public Reminders(Display display) {
        this.display = display;
        // reads what is due soon, then reports in the UI thread; one at a time, and a request
        // while it runs runs it again
        check = Job.create(Messages.Reminders_Job, monitor -> {
            CommitmentService service = Services.await(CommitmentService.class, Services.OPEN_TIMEOUT_MILLIS)
                    .orElse(null);
            if (service == null) {
                return Status.OK_STATUS;
            }
            Instant now = clock.instant();
            DueBuckets buckets = DueBuckets.at(now, clock.getZone());
            try {
                List<CommitmentSummary> due = service.openDueBefore(now.plus(DueBuckets.DUE_SOON));
                if (!display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (PlatformUI.isWorkbenchRunning() && !PlatformUI.getWorkbench().isClosing()) {
                            report(due, buckets, now);
                        }
                    });
                }
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.warning(e.getMessage(), e);
            }
        });
        check.setSystem(true);
        lastCheck = preferences().getLong(LAST_CHECK, 0);
    }

    public static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode("dev.candor.commitments.ui"); //$NON-NLS-1$
    }

    /**
     * Checks now, every minute, and whenever commitments changed (one saved, a customer's
     * deleted or merged, the demo data arriving), so that the counts never wait a minute for
     * what just happened.
     */
    public void start() {
        tick();
        DataEvents.subscribe(display, DataTopics.ALL,
                change -> change.concerns(DataTopics.COMMITMENT) || change.concerns(DataTopics.CUSTOMER),
                change -> check.schedule());
    }

    private void tick() {
        // timers still run while the display is disposed at exit; the workbench is gone by then
        if (!display.isDisposed() && PlatformUI.isWorkbenchRunning() && !PlatformUI.getWorkbench().isClosing()) {
            check.schedule();
            display.timerExec(PERIOD_MILLIS, this::tick);
        }
    }

    private void report(List<CommitmentSummary> due, DueBuckets buckets, Instant now) {
        int overdue = 0;
        int soon = 0;
        List<CommitmentSummary> whileClosed = new ArrayList<>();
        List<CommitmentSummary> fresh = new ArrayList<>();
        for (CommitmentSummary c : due) {
            boolean late = c.dueAt() < buckets.now();
            if (late) {
                overdue++;
            } else {
                soon++;
            }
            if (first && late && lastCheck > 0 && c.dueAt() > lastCheck) {
                whileClosed.add(c);
                notified.add(c.id());
            } else if (notified.add(c.id()) && (!first || !late)) {
                fresh.add(c); // overdue before the last run was already known then; only new ones pop up
            }
        }
        DataEvents.post(TOPIC_COUNTS, new int[] { overdue, soon });
        if (!whileClosed.isEmpty()) {
            ReminderPopup.show(display, Messages.Reminders_WhileClosed, whileClosed, now.toEpochMilli());
        } else if (!fresh.isEmpty()) {
            ReminderPopup.show(display, Messages.Reminders_Due, fresh, now.toEpochMilli());
        }
        first = false;
        lastCheck = now.toEpochMilli();
        IEclipsePreferences preferences = preferences();
        preferences.putLong(LAST_CHECK, lastCheck);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // the next start then repeats what this one showed: harmless
        }
    }
}
