package dev.candor.profiles.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;

import dev.candor.profiles.CustomerService;
import dev.candor.services.ServiceContext;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.internal.JdbcStoreProvider;

/**
 * A merge in a JVM of its own (no OSGi), for {@link MergeTest}'s kill test:
 * after the records have been moved, and before the commit, it prints MOVED
 * and waits for a line on its standard input. Killed there, the database must
 * come back in its state before the merge; told "go", it commits.
 */
public final class MergeChild {

    private MergeChild() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        long survivor = Long.parseLong(args[1]);
        int survivorVersion = Integer.parseInt(args[2]);
        long duplicate = Long.parseLong(args[3]);
        int duplicateVersion = Integer.parseInt(args[4]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        NullProgressMonitor pausing = new NullProgressMonitor() {
            private int checks;

            @Override
            public boolean isCanceled() {
                // the merge checks before moving, then after moving: pause at the second check
                if (++checks == 2) {
                    System.out.println("MOVED"); //$NON-NLS-1$
                    System.out.flush();
                    try {
                        in.readLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return false;
            }
        };
        // a clock of its own: Fixture needs OSGi, which this JVM has not
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-18T09:00:00Z"),
                java.time.ZoneId.of("Europe/Warsaw"));
        try (CandorStore store = new JdbcStoreProvider().open(StoreConfiguration.embedded(db), clock)) {
            CustomerService.create(ServiceContext.create(store, clock, () -> "child", ServiceContext.permitAll(), change -> {
            })).merge(survivor, survivorVersion, duplicate, duplicateVersion, pausing);
        }
        System.out.println("MERGED"); //$NON-NLS-1$
    }
}
