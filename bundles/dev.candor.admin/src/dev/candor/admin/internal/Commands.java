package dev.candor.admin.internal;

import java.io.PrintStream;
import java.time.Clock;

import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.candor.store.StoreProvider;

/** What the commands share: their arguments, the services they use, where they write. */
final class Commands {

    /** Exit codes: done; failed (the message says why); wrong arguments (the usage says how). */
    static final Integer OK = 0;
    static final Integer FAILED = 1;
    static final Integer USAGE = 64;

    private Commands() {
    }

    /** The arguments after the application's id, without the launcher's own. */
    static String[] arguments(IApplicationContext context) {
        Object value = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return value instanceof String[] strings ? strings : new String[0];
    }

    static PrintStream out() {
        return System.out;
    }

    static PrintStream err() {
        return System.err;
    }

    /** An OSGi service of the running product (Declarative Services registers it shortly after start). */
    static <T> T service(Class<T> type) throws InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(Commands.class);
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundle.getBundleContext(), type, null);
        tracker.open();
        T service = tracker.waitForService(30_000);
        if (service == null) {
            throw new IllegalStateException("no " + type.getName() + " service in this installation"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return service;
    }

    static StoreProvider provider() throws InterruptedException {
        return service(StoreProvider.class);
    }

    /** Candor's clock service (dev.candor.clock), which stamps the schema's history. */
    static Clock clock() throws InterruptedException {
        return service(Clock.class);
    }
}
