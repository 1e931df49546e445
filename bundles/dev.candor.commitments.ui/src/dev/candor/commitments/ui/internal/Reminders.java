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
import org.osgi.service.prefs.BackingStoreException;

import dev.candor.commitments.DueBuckets;
import dev.candor.store.CandorStore;
import dev.candor.store.CommitmentSummary;
import dev.candor.ui.DataEvents;
import dev.candor.ui.StoreAccess;

/**
 * Checks every minute, while Candor runs, for commitments that are overdue or due within
 * {@link DueBuckets#DUE_SOON}: posts the counts for the status-bar indicator and pops up
 * the ones not shown before. The first check after start also names what became overdue
 * while Candor was closed, since the last check recorded in the preferences.
 */
final class Reminders {

    /** Topic of the counts, data an {@code int[] { overdue, dueSoon }}. */
    static final String TOPIC_COUNTS = "dev/candor/commitments/reminders"; //$NON-NLS-1$
    private static final String LAST_CHECK = "lastReminderCheck"; //$NON-NLS-1$
    private static final int PERIOD_MILLIS = 60_000;

    private final Display display;
    private final Set<Long> notified = new HashSet<>();
    private long lastCheck;
    private boolean first = true;

    Reminders(Display display) {
        this.display = display;
        lastCheck = preferences().getLong(LAST_CHECK, 0);
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode("dev.candor.commitments.ui"); //$NON-NLS-1$
    }

    void start() {
        check();
    }

    /** Reads what is due soon in a job, then reports in the UI thread and checks again in a minute. */
    void check() {
        Job job = Job.create(Messages.Reminders_Job, monitor -> {
            CandorStore store = StoreAccess.await(StoreAccess.OPEN_TIMEOUT_MILLIS).orElse(null);
            if (store == null) {
                return Status.OK_STATUS;
            }
            Instant now = Instant.now();
            DueBuckets buckets = DueBuckets.at(now, ZoneId.systemDefault());
            try {
                List<CommitmentSummary> due = store.call(
                        s -> s.commitments().openDueBefore(java.util.Date.from(now.plus(DueBuckets.DUE_SOON))));
                display.asyncExec(() -> report(due, buckets, now));
            } catch (Exception e) {
                return Status.warning(e.getMessage(), e);
            } finally {
                if (!display.isDisposed()) {
                    display.asyncExec(() -> display.timerExec(PERIOD_MILLIS, this::check));
                }
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
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
