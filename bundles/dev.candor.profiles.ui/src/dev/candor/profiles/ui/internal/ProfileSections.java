package dev.candor.profiles.ui.internal;

import java.util.List;

import dev.candor.ui.OrderedContributions;

/** The contributions to {@code dev.candor.profiles.ui.sections}, read once. */
final class ProfileSections {

    static final String EXTENSION_POINT = "dev.candor.profiles.ui.sections"; //$NON-NLS-1$

    private static List<OrderedContributions.Contribution> read;

    private ProfileSections() {
    }

    /** Read once: contributions do not change while Candor runs. */
    static synchronized List<OrderedContributions.Contribution> all() {
        if (read == null) {
            read = OrderedContributions.read(EXTENSION_POINT);
        }
        return read;
    }
}
