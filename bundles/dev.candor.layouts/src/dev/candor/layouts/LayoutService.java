package dev.candor.layouts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.candor.layouts.internal.LayoutServiceImpl;
import dev.candor.services.DataTopics;
import dev.candor.services.ServiceContext;
import dev.candor.store.StoreException;

/**
 * The use cases of team layouts and the team's policy of roles: reading them, publishing and
 * withdrawing layouts, saving roles and hidden capabilities. Only the team's administrators
 * change them (everyone while it has none), refused otherwise with a {@link NotPermittedException};
 * changes write an audit entry and are announced on {@link DataTopics#LAYOUT} and
 * {@link DataTopics#SETTINGS}.
 *
 * <p>An OSGi service while Candor's database is open.</p>
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface LayoutService {

    /** Operation and audit action names. */
    String READ = "layout.read"; //$NON-NLS-1$
    String PUBLISH = "layout.publish"; //$NON-NLS-1$
    String WITHDRAW = "layout.withdraw"; //$NON-NLS-1$
    String SAVE_POLICY = "team-policy.save"; //$NON-NLS-1$

    /** The team's policy; none while nobody stored one. */
    TeamPolicy policy() throws StoreException;

    /** Whether the user may administer the team (everyone while it has no administrator). */
    boolean mayAdminister() throws StoreException;

    /** Every published layout, by perspective id. */
    List<TeamLayout> all() throws StoreException;

    /** The policy and the published layouts, read together. */
    record Snapshot(TeamPolicy policy, List<TeamLayout> layouts) {
    }

    Snapshot snapshot() throws StoreException;

    Optional<TeamLayout> published(String perspectiveId) throws StoreException;

    /** The published layouts newer than the versions applied here (perspective id to version). */
    List<TeamLayout> newerThan(Map<String, Integer> applied) throws StoreException;

    /** Publishes a perspective's arrangement as the team's next version; {@code locked} views may not be closed. */
    TeamLayout publish(String perspectiveId, String model, Set<String> locked) throws StoreException;

    /** Withdraws a published layout: users keep their arrangement, new ones get the perspective's own. */
    void withdraw(TeamLayout layout) throws StoreException;

    /** Stores the policy if it is still the stored version; returns it as stored. */
    TeamPolicy savePolicy(TeamPolicy policy) throws StoreException;

    /** The service on {@code context}, for tools that run without the OSGi services (tests too); in Candor, take the OSGi service. */
    static LayoutService create(ServiceContext context) {
        return new LayoutServiceImpl(context);
    }
}
