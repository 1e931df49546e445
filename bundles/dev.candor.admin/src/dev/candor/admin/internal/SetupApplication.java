package dev.candor.admin.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;

import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;

/**
 * {@code dev.candor.admin.setup <location>}: sets a team's database up (a Derby Network Server
 * creates it; an empty PostgreSQL database gets Candor's schema), or brings an existing one to
 * this Candor's schema. The administrator's explicit action: clients never create a team database.
 */
public final class SetupApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        context.applicationRunning();
        String[] args = Commands.arguments(context);
        if (args.length != 1) {
            Commands.err().println(Messages.Setup_Usage);
            return Commands.USAGE;
        }
        StoreConfiguration location;
        try {
            location = StoreConfiguration.parse(args[0]);
        } catch (IllegalArgumentException e) {
            Commands.err().println(e.getMessage());
            return Commands.USAGE;
        }
        try (CandorStore store = Commands.provider().open(location.creating(), Commands.clock())) {
            Commands.out().println(NLS.bind(Messages.Setup_Done, store.getConfiguration().toLocation(),
                    store.getSchemaVersion()));
            store.getProblems().forEach(Commands.err()::println);
            return Commands.OK;
        } catch (StoreException e) {
            Commands.err().println(e.getMessage());
            return Commands.FAILED;
        }
    }

    @Override
    public void stop() {
        // runs to its end; nothing to interrupt
    }
}
