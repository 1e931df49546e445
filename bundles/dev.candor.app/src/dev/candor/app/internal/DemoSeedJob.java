package dev.candor.app.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.prefs.BackingStoreException;

import dev.candor.demo.DemoSeeder;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreException;
import dev.candor.ui.DataEvents;
import dev.candor.nls.Plurals;

/**
 * On the first start with a new, empty database, adds the demo customers in
 * the background (with progress and cancel) so the product has something to
 * show. A database is seeded at most once, even if its customers are deleted.
 */
public final class DemoSeedJob extends Job {

    /** Demo customers written on first start; their interactions average 8 each. */
    public static final int CUSTOMERS = 400;
    public static final int INTERACTIONS_PER_CUSTOMER = 8;
    /** Fixed seed of the demo data set, so that tests know what it contains. */
    public static final long SEED = 20261122L;
    public static final String FAMILY = "dev.candor.demo.seed"; //$NON-NLS-1$

    private final CandorStore store;
    private final java.time.Clock clock;

    private DemoSeedJob(CandorStore store, java.time.Clock clock) {
        super(Messages.Seed_Job);
        this.store = store;
        this.clock = clock;
        setUser(false);
    }

    /**
     * The demo data set, dated relative to the clock's time, for a database that has none yet:
     * only one person's embedded database. Returns whether it was scheduled.
     */
    public static boolean scheduleIfWanted(CandorStore store, java.time.Clock clock) {
        boolean wanted = Platform.getPreferencesService().getBoolean(CandorPreferences.NODE, CandorPreferences.DEMO_SEED,
                true, null);
        // a team's database on a server never gets demo data: it holds real customers, or will
        if (!wanted || store.getConfiguration().getMode() != dev.candor.store.StoreConfiguration.Mode.EMBEDDED
                || seededLocations().contains(store.getConfiguration().toLocation())) {
            return false;
        }
        new DemoSeedJob(store, clock).schedule();
        return true;
    }

    private static Set<String> seededLocations() {
        String value = CandorPreferences.node().get(CandorPreferences.DEMO_SEEDED, ""); //$NON-NLS-1$
        return new LinkedHashSet<>(Arrays.asList(value.split("\n"))); //$NON-NLS-1$
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        boolean seeding = false;
        try {
            // asked here, not in the UI thread, and as "is there one", not "how many": counting
            // 100,000 customers takes half a second of a core while the window paints
            if (!store.call(session -> session.customers().isEmpty())) {
                return Status.OK_STATUS; // a database with data of its own is never touched
            }
            seeding = true;
            DemoSeeder.Result result = DemoSeeder.seed(store, SEED, clock, CUSTOMERS,
                    INTERACTIONS_PER_CUSTOMER, monitor);
            Set<String> seeded = seededLocations();
            seeded.add(store.getConfiguration().toLocation());
            CandorPreferences.node().put(CandorPreferences.DEMO_SEEDED, String.join("\n", seeded)); //$NON-NLS-1$
            CandorPreferences.node().flush();
            return Status.info(Plurals.format(Messages.Seed_Done, result.customers(), result.interactions()));
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (StoreException | BackingStoreException e) {
            return Status.error(e.getMessage(), e);
        } finally {
            if (seeding) { // also after a cancel or failure: show what was written
                DataEvents.reload(); // every view reads again
            }
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return FAMILY.equals(family);
    }
}
