package dev.candor.ethics.ui.internal;

import java.time.ZoneId;

import dev.candor.ethics.ReviewEngine;
import dev.candor.ethics.Reviewing;

/**
 * The review engine of this workbench: every contributed check, read once,
 * shared by the checklist and the batch (the engine is thread-safe and keeps
 * the record of failing contributions, so a broken one is switched off for
 * all of them).
 */
final class EthicsUi {

    private static Reviewing reviewing;

    private EthicsUi() {
    }

    static synchronized Reviewing reviewing() {
        if (reviewing == null) {
            reviewing = new Reviewing(ReviewEngine.fromExtensions(), dev.candor.ui.CandorUi.clock());
        }
        return reviewing;
    }
}
