package dev.candor.ethics.tests;

import java.util.concurrent.CountDownLatch;

import dev.candor.ethics.EthicsCheck;
import dev.candor.ethics.Findings;
import dev.candor.ethics.ReviewContext;

/** Contributed checks that misbehave, to show the engine isolates them. */
public final class MisbehavingChecks {

    private MisbehavingChecks() {
    }

    /** Throws on every call. */
    public static final class Throwing implements EthicsCheck {
        @Override
        public void check(ReviewContext context, Findings findings) {
            throw new IllegalStateException("broken on purpose");
        }
    }

    /** Never returns (until interrupted): a latch nobody counts down. */
    public static final class Hanging implements EthicsCheck {
        private final CountDownLatch never = new CountDownLatch(1);

        @Override
        public void check(ReviewContext context, Findings findings) {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
