package dev.candor.store.internal;

import dev.candor.store.ChangeWatch;

/**
 * Derby sends no notifications: the watch lets its caller look at the change log every
 * {@value #DEFAULT_MILLIS} ms (or {@code -Dcandor.changes.pollMillis}). The query it asks
 * for is one index lookup of the newest number.
 */
final class PollingWatch implements ChangeWatch {

    static final int DEFAULT_MILLIS = 250;
    private static final long INTERVAL = Math.max(20, Integer.getInteger("candor.changes.pollMillis", DEFAULT_MILLIS)); //$NON-NLS-1$

    @Override
    public boolean await(long millis) throws InterruptedException {
        Thread.sleep(Math.max(1, Math.min(millis, INTERVAL)));
        return true;
    }

    @Override
    public void close() {
        // holds nothing
    }
}
