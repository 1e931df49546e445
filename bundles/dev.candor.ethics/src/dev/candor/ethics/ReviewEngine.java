package dev.candor.ethics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.eclipse.osgi.util.NLS;

import dev.candor.ethics.internal.CheckRegistry;
import dev.candor.ethics.internal.EngineLog;
import dev.candor.ethics.internal.Messages;
import dev.candor.model.Verdict;
import dev.candor.nls.Plurals;

/**
 * Runs the automatic checks over one interaction at a time and gathers what
 * they found per checklist item. Thread-safe: a batch calls it from several
 * threads.
 * <p>
 * Candor's own checks run on the caller's thread. Contributed checks run on
 * a guard thread and are given their timeout; one that throws or runs over
 * is left out of that review and reported in the Error Log, and after
 * {@value #MAX_FAILURES} such failures it is switched off for the engine's
 * lifetime (reported once), so a broken contribution cannot slow a batch
 * of a million interactions down. The review never fails because of a check.
 *
 * @since 0.1
 */
public final class ReviewEngine implements AutoCloseable {

    /** Failures (exceptions or timeouts) after which a check is switched off. */
    public static final int MAX_FAILURES = 3;

    private final List<CheckDescriptor> descriptors;
    private final Map<String, EthicsCheck> instances = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Set<String> switchedOff = ConcurrentHashMap.newKeySet();
    private final BiConsumer<String, Throwable> log;
    private final ExecutorService guard;

    /** An engine for these checks, reporting problems with contributions to {@code log}. */
    public ReviewEngine(List<CheckDescriptor> checks, BiConsumer<String, Throwable> log) {
        this.descriptors = List.copyOf(checks);
        this.log = log;
        this.guard = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "Candor ethics check"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
    }

    /** An engine for these checks that reports to the Error Log. */
    public ReviewEngine(List<CheckDescriptor> checks) {
        this(checks, EngineLog::error);
    }

    /** An engine for every check contributed to {@code dev.candor.ethics.checks}. */
    public static ReviewEngine fromExtensions() {
        return new ReviewEngine(CheckRegistry.read());
    }

    public List<CheckDescriptor> checks() {
        return descriptors;
    }

    /** The ids of the checks switched off after repeated failures. */
    public Set<String> switchedOff() {
        return Collections.unmodifiableSet(switchedOff);
    }

    /** Runs every check over the context's interaction. */
    public AutomaticReview review(ReviewContext context) {
        Map<String, ItemResult> byCheck = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>(0);
        for (CheckDescriptor descriptor : descriptors) {
            if (switchedOff.contains(descriptor.id())) {
                skipped.add(descriptor.id());
                continue;
            }
            ItemResult result = descriptor.trusted() ? runInline(descriptor, context) : runGuarded(descriptor, context);
            if (result == null) {
                skipped.add(descriptor.id());
            } else {
                byCheck.put(descriptor.id(), result);
            }
        }
        return new AutomaticReview(combine(byCheck), Collections.unmodifiableMap(byCheck), List.copyOf(skipped));
    }

    /** Per item: the first failure, else a pass, else not applicable. */
    private Map<String, ItemResult> combine(Map<String, ItemResult> byCheck) {
        Map<String, ItemResult> items = new LinkedHashMap<>();
        for (ItemResult result : byCheck.values()) {
            ItemResult before = items.get(result.itemCode());
            if (before == null || rank(result.verdict()) > rank(before.verdict())) {
                items.put(result.itemCode(), result);
            }
        }
        return Collections.unmodifiableMap(items);
    }

    private static int rank(Verdict verdict) {
        return switch (verdict) {
        case FAIL -> 3;
        case PASS -> 2;
        case NOT_APPLICABLE -> 1;
        default -> 0;
        };
    }

    private EthicsCheck instance(CheckDescriptor descriptor) {
        return instances.computeIfAbsent(descriptor.id(), id -> descriptor.factory().get());
    }

    private ItemResult runInline(CheckDescriptor descriptor, ReviewContext context) {
        try {
            Recorder recorder = new Recorder(descriptor, context);
            instance(descriptor).check(context, recorder);
            return recorder.result();
        } catch (RuntimeException | LinkageError e) {
            failed(descriptor, NLS.bind(Messages.Engine_CheckThrew, descriptor.name(), descriptor.contributor()), e);
            return null;
        }
    }

    private ItemResult runGuarded(CheckDescriptor descriptor, ReviewContext context) {
        Future<ItemResult> future;
        try {
            future = guard.submit(() -> {
                Recorder recorder = new Recorder(descriptor, context);
                instance(descriptor).check(context, recorder);
                return recorder.result();
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return null; // the engine was closed
        }
        try {
            return future.get(descriptor.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            failed(descriptor, NLS.bind(Messages.Engine_CheckTimedOut,
                    new Object[] { descriptor.name(), descriptor.contributor(), descriptor.timeoutMillis() }), null);
        } catch (ExecutionException e) {
            failed(descriptor, NLS.bind(Messages.Engine_CheckThrew, descriptor.name(), descriptor.contributor()),
                    e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private void failed(CheckDescriptor descriptor, String message, Throwable cause) {
        int count = failures.computeIfAbsent(descriptor.id(), id -> new AtomicInteger()).incrementAndGet();
        if (count <= MAX_FAILURES) {
            log.accept(message, cause);
        }
        if (count == MAX_FAILURES && switchedOff.add(descriptor.id())) {
            log.accept(Plurals.format(Messages.Engine_CheckSwitchedOff,
                    new Object[] { descriptor.name(), descriptor.contributor(), MAX_FAILURES }), null);
        }
    }

    @Override
    public void close() {
        guard.shutdownNow();
    }

    /** Collects one check's findings: the first failure counts. */
    private static final class Recorder implements Findings {
        private final CheckDescriptor descriptor;
        private final ReviewContext context;
        private ItemResult result;

        Recorder(CheckDescriptor descriptor, ReviewContext context) {
            this.descriptor = descriptor;
            this.context = context;
        }

        @Override
        public void fail(int start, int end, String comment) {
            String text = context.text();
            if (start < 0 || end > text.length() || start > end) {
                throw new IllegalArgumentException("evidence " + start + ".." + end + " outside the text"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            if (result == null || result.verdict() != Verdict.FAIL) {
                result = new ItemResult(descriptor.itemCode(), Verdict.FAIL, start, end, text.substring(start, end),
                        comment, descriptor.id());
            }
        }

        @Override
        public void fail(String comment) {
            if (result == null || result.verdict() != Verdict.FAIL) {
                result = new ItemResult(descriptor.itemCode(), Verdict.FAIL, -1, -1, null, comment, descriptor.id());
            }
        }

        @Override
        public void notApplicable(String comment) {
            if (result == null) {
                result = new ItemResult(descriptor.itemCode(), Verdict.NOT_APPLICABLE, -1, -1, null, comment,
                        descriptor.id());
            }
        }

        ItemResult result() {
            return result != null ? result
                    : new ItemResult(descriptor.itemCode(), Verdict.PASS, -1, -1, null,
                            NLS.bind(Messages.Engine_Passed, descriptor.name()), descriptor.id());
        }
    }
}
