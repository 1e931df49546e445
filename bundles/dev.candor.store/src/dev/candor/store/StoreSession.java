package dev.candor.store;

/**
 * The repositories bound to one transaction; valid only inside
 * {@link StoreWork#run(StoreSession)}.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 * @since 0.1
 */
public interface StoreSession {
    CustomerRepository customers();

    InteractionRepository interactions();

    CommitmentRepository commitments();

    /** Plain SQL in this transaction: a feature's own queries, the tables of other bundles. */
    Sql sql();

    AuditRepository audit();

    SearchFeed searchFeed();

    /** @since 0.1 */
    SharedDocuments sharedDocuments();

    /** Checklist templates and ethics reviews. */
    ReviewRepository reviews();

    /** The changes of every client, in order. @since 0.1 */
    ChangeLog changeLog();

    /** Large customer imports in short transactions. @since 0.1 */
    CustomerImports customerImports();
}
