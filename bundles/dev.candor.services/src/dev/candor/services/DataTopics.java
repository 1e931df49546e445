package dev.candor.services;

/**
 * The topics on which Candor's application services announce changes to data, on OSGi Event
 * Admin (and so on the workbench's {@code IEventBroker}), after the change was committed.
 *
 * <p>One tree: {@code dev/candor/data/<entity>/<CREATED|UPDATED|DELETED>}. Subscribe to a leaf,
 * to one entity ({@code dev/candor/data/customer/*}) or to everything ({@link #ALL}). Every event
 * carries {@link #ENTITY}, {@link #KIND}, {@link #IDS}, {@link #CUSTOMER_IDS} and {@link #ACTOR};
 * {@link DataChange#of(org.osgi.service.event.Event)} reads them. Events are posted
 * asynchronously, in the order the changes were committed in this Candor. The changes other
 * Candors sharing the database commit arrive too, within a second, marked {@link #REMOTE} and
 * with the time they were committed ({@link #AT}).</p>
 *
 * <p>{@link #RELOAD} says that anything may have changed (F5, a database reopened, the demo data
 * set written): views read everything again.</p>
 *
 * <p>Extension bundles post on their own entities in this tree
 * ({@code dev/candor/data/<their entity>/...}) through {@link ServiceContext}, and subscribe
 * like Candor's views.</p>
 *
 * @since 0.1
 */
public interface DataTopics {

    /** The root of the tree. */
    String ROOT = "dev/candor/data"; //$NON-NLS-1$

    /** Every change event, and {@link #RELOAD}. */
    String ALL = ROOT + "/*"; //$NON-NLS-1$

    /** Anything may have changed: read everything again. Carries {@link #ACTOR} only. */
    String RELOAD = ROOT + "/RELOAD"; //$NON-NLS-1$

    /** A customer: created, changed (edited, the survivor of a merge), deleted (also the duplicate of a merge). */
    String CUSTOMER = "customer"; //$NON-NLS-1$
    /** An interaction: logged, changed, deleted; moved to another customer by a merge (UPDATED). */
    String INTERACTION = "interaction"; //$NON-NLS-1$
    /** A commitment: made, its status changed, renegotiated, moved by a merge. */
    String COMMITMENT = "commitment"; //$NON-NLS-1$
    /** An ethics review: saved, or written by the batch review. */
    String REVIEW = "review"; //$NON-NLS-1$
    /** A checklist template version: published. */
    String TEMPLATE = "template"; //$NON-NLS-1$
    /** A team setting: response-time policies, ethics settings, roles and capabilities. */
    String SETTINGS = "settings"; //$NON-NLS-1$
    /** A published team layout: published or withdrawn. */
    String LAYOUT = "layout"; //$NON-NLS-1$

    /** How a record changed: the last segment of a topic. */
    enum Kind {
        CREATED, UPDATED, DELETED
    }

    /** The entity's segment ({@link String}). */
    String ENTITY = "entity"; //$NON-NLS-1$
    /** The {@link Kind}'s name ({@link String}). */
    String KIND = "kind"; //$NON-NLS-1$
    /** The ids of the changed records ({@code long[]}); empty when they are not known one by one. */
    String IDS = "ids"; //$NON-NLS-1$
    /** The customers the changed records belong to ({@code long[]}); empty for team-wide records. */
    String CUSTOMER_IDS = "customerIds"; //$NON-NLS-1$
    /** Who changed it ({@link String}): the user the services act for. */
    String ACTOR = "actor"; //$NON-NLS-1$

    /** Whether another Candor sharing the database made the change ({@link Boolean}). */
    String REMOTE = "remote"; //$NON-NLS-1$

    /** When the change was committed, epoch milliseconds ({@link Long}); absent for a change of this Candor. */
    String AT = "at"; //$NON-NLS-1$

    /**
     * The connection to the database was lost ({@code dev/candor/store/CONNECTION_LOST}, with
     * {@link #MESSAGE}) or is back ({@code dev/candor/store/CONNECTION_RESTORED}, followed by a
     * {@link #RELOAD}).
     */
    String CONNECTION_LOST = "dev/candor/store/CONNECTION_LOST"; //$NON-NLS-1$

    /** See {@link #CONNECTION_LOST}. */
    String CONNECTION_RESTORED = "dev/candor/store/CONNECTION_RESTORED"; //$NON-NLS-1$

    /** What went wrong, in the user's language ({@link String}). */
    String MESSAGE = "message"; //$NON-NLS-1$

    /** The topic of one kind of change of one entity. */
    static String topic(String entity, Kind kind) {
        return ROOT + "/" + entity + "/" + kind.name(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** All changes of one entity. */
    static String all(String entity) {
        return ROOT + "/" + entity + "/*"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
