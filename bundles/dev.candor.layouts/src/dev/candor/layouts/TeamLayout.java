package dev.candor.layouts;

import java.util.Date;
import java.util.Set;

/**
 * A perspective's arrangement as an administrator published it for the team.
 *
 * @param perspectiveId the perspective it replaces
 * @param version       1 for the first publication, one more for each later one
 * @param model         the arrangement as the workbench serialises it (opaque here)
 * @param lockedViews   ids of the views users cannot close in it
 * @since 0.1
 */
public record TeamLayout(String perspectiveId, int version, String model, Set<String> lockedViews, Date publishedAt,
        String publishedBy) {

    public TeamLayout {
        lockedViews = Set.copyOf(lockedViews);
    }
}
