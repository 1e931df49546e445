package dev.candor.layouts;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

import dev.candor.layouts.TeamPolicy.PolicyFormatException;
import dev.candor.layouts.internal.Messages;
import dev.candor.store.SharedDocument;
import dev.candor.store.SharedDocuments;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/**
 * The team's published perspective layouts and its {@link TeamPolicy}, kept as shared
 * documents in the database. Every publication of a perspective gets the next version;
 * clients compare it with the version they applied last.
 *
 * @since 0.1
 */
public final class TeamLayouts {

    /** The shared document holding the {@link TeamPolicy}. */
    public static final String POLICY_DOCUMENT = "layouts/policy"; //$NON-NLS-1$
    private static final String PREFIX = "layouts/perspective/"; //$NON-NLS-1$
    private static final String LOCKED = "locked"; //$NON-NLS-1$
    private static final String MODEL = "model"; //$NON-NLS-1$

    private TeamLayouts() {
    }

    public static TeamPolicy policy(StoreSession session) throws StoreException {
        return session.sharedDocuments().find(POLICY_DOCUMENT).map(d -> TeamPolicy.parse(d.content(), d.version()))
                .orElse(TeamPolicy.none());
    }

    /**
     * Stores the policy; {@code policy.version()} must be the stored version
     * ({@code ConflictException} when someone saved in between).
     *
     * @return the policy as stored, with its new version
     * @throws NotPermittedException when {@code by} may not administer under the stored
     *         policy, or the policy would leave the team without an administrator or lock
     *         {@code by} out ({@link TeamPolicy#checkSavableBy} names those beforehand)
     */
    public static TeamPolicy savePolicy(StoreSession session, TeamPolicy policy, String by) throws StoreException {
        requireAdministrator(session, by);
        try {
            policy.checkSavableBy(by);
        } catch (PolicyFormatException e) {
            throw new NotPermittedException(e.getMessage());
        }
        SharedDocument saved = session.sharedDocuments().save(POLICY_DOCUMENT, policy.format(), policy.version(), by);
        return TeamPolicy.parse(saved.content(), saved.version());
    }

    /**
     * Publishes a perspective's arrangement as the team's, as the next version.
     *
     * @param model  the arrangement as the workbench serialised it
     * @param locked the views users may not close
     */
    public static TeamLayout publish(StoreSession session, String perspectiveId, String model, Set<String> locked,
            String by) throws StoreException {
        if (perspectiveId == null || perspectiveId.isBlank()
                || PREFIX.length() + perspectiveId.length() > SharedDocuments.MAX_NAME) {
            throw new IllegalArgumentException(NLS.bind(Messages.Layout_BadPerspective, perspectiveId));
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException(Messages.Layout_NoModel);
        }
        requireAdministrator(session, by);
        SharedDocuments documents = session.sharedDocuments();
        int stored = documents.find(PREFIX + perspectiveId).map(SharedDocument::version).orElse(0);
        Properties properties = new Properties();
        properties.setProperty(LOCKED, String.join(",", new TreeSet<>(locked))); //$NON-NLS-1$
        properties.setProperty(MODEL, model);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return layout(documents.save(PREFIX + perspectiveId, text.toString(), stored, by));
    }

    public static Optional<TeamLayout> published(StoreSession session, String perspectiveId) throws StoreException {
        Optional<SharedDocument> document = session.sharedDocuments().find(PREFIX + perspectiveId);
        return document.isPresent() ? Optional.of(layout(document.get())) : Optional.empty();
    }

    /** Every published layout, by perspective id. */
    public static List<TeamLayout> all(StoreSession session) throws StoreException {
        List<TeamLayout> layouts = new ArrayList<>();
        for (SharedDocument document : session.sharedDocuments().list(PREFIX)) {
            layouts.add(layout(document));
        }
        return layouts;
    }

    /** The published layouts newer than the versions a client applied (perspective id to version). */
    public static List<TeamLayout> newerThan(StoreSession session, Map<String, Integer> applied) throws StoreException {
        List<TeamLayout> newer = new ArrayList<>();
        for (TeamLayout layout : all(session)) {
            if (layout.version() > applied.getOrDefault(layout.perspectiveId(), 0)) {
                newer.add(layout);
            }
        }
        return newer;
    }

    /** Withdraws a published layout: users keep their arrangement, new ones get the perspective's own. */
    public static void withdraw(StoreSession session, TeamLayout layout, String by) throws StoreException {
        requireAdministrator(session, by);
        session.sharedDocuments().delete(PREFIX + layout.perspectiveId(), layout.version());
    }

    private static void requireAdministrator(StoreSession session, String by) throws StoreException {
        if (!policy(session).mayAdminister(by)) {
            throw new NotPermittedException(NLS.bind(Messages.Layout_NotAdministrator, by));
        }
    }

    private static TeamLayout layout(SharedDocument document) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(document.content()));
        } catch (IOException | IllegalArgumentException e) {
            // a damaged document: no arrangement to apply, the model stays empty
        }
        Set<String> locked = new TreeSet<>();
        for (String id : properties.getProperty(LOCKED, "").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (!id.isBlank()) {
                locked.add(id.strip());
            }
        }
        return new TeamLayout(document.name().substring(PREFIX.length()), document.version(),
                properties.getProperty(MODEL, ""), locked, document.updatedAt(), document.updatedBy()); //$NON-NLS-1$
    }
}
