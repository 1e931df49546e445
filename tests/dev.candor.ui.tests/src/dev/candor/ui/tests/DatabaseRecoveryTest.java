package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.junit.Test;
import org.osgi.framework.FrameworkUtil;

import dev.candor.app.internal.DatabaseBootstrap;
import dev.candor.app.internal.DatabaseStartup;
import dev.candor.app.internal.Prompter;
import dev.candor.store.CandorStore;
import dev.candor.store.DatabaseUnavailableException;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;
import dev.candor.store.StoreProvider;

/**
 * A team database that cannot be reached at start: the user is asked, chooses Retry, and the
 * second attempt (which may take the whole login timeout) runs in a thread of its own while the
 * window keeps answering. Driven with a provider that fails, then hangs, and scripted answers, so
 * that the running Candor's own database is left alone.
 */
public class DatabaseRecoveryTest {

    private static final StoreConfiguration TEAM = StoreConfiguration.parse("//team-server.invalid:1527/candor");

    /** Refuses the first attempt at once; holds the second until released, then refuses it too. */
    private static final class UnreachableProvider implements StoreProvider {
        final List<Thread> openedIn = new CopyOnWriteArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public CandorStore open(StoreConfiguration configuration) throws StoreException {
            openedIn.add(Thread.currentThread());
            if (openedIn.size() > 1) {
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            throw new DatabaseUnavailableException(DatabaseUnavailableException.Reason.UNREACHABLE,
                    "The server " + configuration.toLocation() + " did not answer.", null);
        }

        @Override
        public CandorStore open(StoreConfiguration configuration, Clock clock) throws StoreException {
            return open(configuration);
        }

        @Override
        public dev.candor.store.DatabaseCopyReport copy(StoreConfiguration source, StoreConfiguration target,
                Clock clock, org.eclipse.core.runtime.IProgressMonitor monitor) throws StoreException {
            throw new DatabaseUnavailableException(DatabaseUnavailableException.Reason.UNREACHABLE,
                    "The server " + source.toLocation() + " did not answer.", null);
        }

        @Override
        public int getCurrentSchemaVersion() {
            return 0;
        }
    }

    private static final class ScriptedPrompter implements Prompter {
        final Deque<Choice> answers = new ArrayDeque<>(List.of(Choice.RETRY, Choice.EXIT));
        final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        public void warn(String title, String message) {
            asked.add(message);
        }

        @Override
        public Choice unavailable(String title, String message, boolean canRetry) {
            asked.add(message + (canRetry ? " [retry offered]" : ""));
            return answers.poll();
        }

        @Override
        public String chooseFolder(String title) {
            return null;
        }
    }

    @Test
    public void retryingAnUnreachableDatabaseNeverHoldsTheWindow() throws Exception {
        Display display = Display.getCurrent();
        UnreachableProvider provider = new UnreachableProvider();
        ScriptedPrompter prompter = new ScriptedPrompter();
        boolean[] exited = { false };
        // only what the start-up asks of the workbench: its display, whether it closes, close
        IWorkbench workbench = (IWorkbench) Proxy.newProxyInstance(IWorkbench.class.getClassLoader(),
                new Class<?>[] { IWorkbench.class }, (proxy, method, args) -> switch (method.getName()) {
                case "getDisplay" -> display;
                case "isClosing" -> false;
                case "close" -> {
                    exited[0] = true;
                    yield true;
                }
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(method.getName());
                });
        // the start-up tells the UI why commands cannot run; what the running Candor said is put back below
        String running = UiTestSupport.store().getConfiguration().toLocation();
        try {
            recover(display, provider, prompter, workbench, exited);
        } finally {
            dev.candor.ui.Services.databaseOpening(running);
        }
    }

    private void recover(Display display, UnreachableProvider provider, ScriptedPrompter prompter,
            IWorkbench workbench, boolean[] exited) {
        DatabaseStartup startup = new DatabaseStartup(FrameworkUtil.getBundle(getClass()).getBundleContext(), provider,
                new DatabaseBootstrap(provider, prompter), TEAM);
        startup.workbenchStarted(workbench);

        UiTestSupport.waitUntil("the retry to be under way", 20_000, () -> provider.openedIn.size() == 2);
        assertTrue(prompter.asked.get(0), prompter.asked.get(0).contains("team-server.invalid")
                && prompter.asked.get(0).endsWith("[retry offered]"));
        assertNotSame("the retry opens off the UI thread", display.getThread(), provider.openedIn.get(1));

        // while the retry hangs, the UI thread answers another thread's round-trips at once
        AtomicLong worst = new AtomicLong();
        AtomicLong rounds = new AtomicLong();
        Thread probe = new Thread(() -> {
            for (int i = 0; i < 10 && !display.isDisposed(); i++) {
                long start = System.nanoTime();
                display.syncExec(() -> {
                });
                worst.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                rounds.incrementAndGet();
            }
        }, "responsiveness probe");
        probe.start();
        UiTestSupport.waitUntil("ten round-trips", 20_000, () -> rounds.get() == 10);
        assertTrue("the UI thread answered only after " + worst.get() + " ms", worst.get() < 1_000);
        assertFalse("nothing decided yet", exited[0]);

        // the retry fails as well: the user is asked again and chooses Exit
        provider.release.countDown();
        UiTestSupport.waitUntil("Exit to close the workbench", 20_000, () -> exited[0]);
        assertEquals(2, prompter.asked.size());
    }

    @Test
    public void aDatabaseOpenedBeforeTheWorkbenchRunsIsPublishedOffTheUiThread() throws Exception {
        Display display = Display.getCurrent();
        List<Thread> publishedIn = new CopyOnWriteArrayList<>();
        // publishing begins by asking the store where it is; the answer stops it there, so that
        // this store is never registered beside the running Candor's own
        CandorStore opened = (CandorStore) Proxy.newProxyInstance(CandorStore.class.getClassLoader(),
                new Class<?>[] { CandorStore.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getConfiguration")) {
                        publishedIn.add(Thread.currentThread());
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        CountDownLatch returned = new CountDownLatch(1);
        StoreProvider provider = new StoreProvider() {
            @Override
            public CandorStore open(StoreConfiguration configuration) {
                returned.countDown();
                return opened;
            }

            @Override
            public CandorStore open(StoreConfiguration configuration, Clock clock) {
                return open(configuration);
            }

            @Override
            public dev.candor.store.DatabaseCopyReport copy(StoreConfiguration source, StoreConfiguration target,
                    Clock clock, org.eclipse.core.runtime.IProgressMonitor monitor) {
                throw new UnsupportedOperationException("copy");
            }

            @Override
            public int getCurrentSchemaVersion() {
                return 0;
            }
        };
        IWorkbench workbench = (IWorkbench) Proxy.newProxyInstance(IWorkbench.class.getClassLoader(),
                new Class<?>[] { IWorkbench.class }, (proxy, method, args) -> switch (method.getName()) {
                case "getDisplay" -> display;
                case "isClosing" -> false;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(method.getName());
                });
        String running = UiTestSupport.store().getConfiguration().toLocation();
        try {
            DatabaseStartup startup = new DatabaseStartup(FrameworkUtil.getBundle(getClass()).getBundleContext(),
                    provider, new DatabaseBootstrap(provider, new ScriptedPrompter()), TEAM);
            assertTrue(returned.await(20, TimeUnit.SECONDS));
            // in the UI thread, the database open: a callback added to a completed future runs in
            // the thread that adds it, unless it is added as async
            startup.workbenchStarted(workbench);
            UiTestSupport.waitUntil("the database to be published", 20_000, () -> !publishedIn.isEmpty());
            assertNotSame("published off the UI thread", display.getThread(), publishedIn.get(0));
        } finally {
            dev.candor.ui.Services.databaseOpening(running);
        }
    }
}
