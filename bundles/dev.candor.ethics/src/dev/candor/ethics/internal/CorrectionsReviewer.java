package dev.candor.ethics.internal;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

import dev.candor.ethics.ReviewService;
import dev.candor.services.DataChange;

/**
 * Declarative Services: reviews a corrected interaction again
 * ({@link ReviewService#reviewAgain}), so its review speaks of the text it has now. Only the
 * corrections made in this Candor: another Candor sharing the database reviews its own.
 */
public final class CorrectionsReviewer implements EventHandler {

    private ReviewService reviews;

    /** Declarative Services. */
    public void setReviews(ReviewService value) {
        reviews = value;
    }

    @Override
    public void handleEvent(Event event) {
        DataChange change = DataChange.of(event);
        if (change == null || change.remote() || change.isReload()) {
            return;
        }
        for (long id : change.ids()) {
            try {
                reviews.reviewAgain(id);
            } catch (Exception e) {
                // the history still shows the older review; the next correction or a person's review replaces it
                EngineLog.error(e.getMessage(), e);
            }
        }
    }
}
