package dev.candor.profiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.candor.model.Customer;
import dev.candor.profiles.DuplicateGroup.Reason;
import dev.candor.store.AuditEntry;
import dev.candor.store.CandorStore;
import dev.candor.store.ConflictException;
import dev.candor.store.CustomerSummary;
import dev.candor.store.RecordCounts;
import dev.candor.store.SearchKeys;
import dev.candor.store.StoreException;

/**
 * Creating, de-duplicating, merging and deleting customer profiles. Every
 * operation that writes is one transaction of the store, so it either happens
 * completely or not at all, and leaves an entry in the audit trail.
 *
 * @since 0.1
 */
public final class CustomerProfiles {

    /** Audit action of a merge. */
    public static final String ACTION_MERGE = "customer.merge"; //$NON-NLS-1$
    /** Audit action of a deletion. */
    public static final String ACTION_DELETE = "customer.delete"; //$NON-NLS-1$
    /** Audit action of a creation. */
    public static final String ACTION_CREATE = "customer.create"; //$NON-NLS-1$

    private final CandorStore store;
    private final java.time.Clock clock;

    /** @param clock when audit entries are written */
    public CustomerProfiles(CandorStore store, java.time.Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Stored customers that may be the same as {@code candidate} (same e-mail, phone or name). */
    public List<CustomerSummary> similarTo(Customer candidate) throws StoreException {
        return store.call(session -> session.customers().findSimilar(candidate, 20));
    }

    /**
     * Inserts a new customer and records who created it.
     *
     * @throws dev.candor.store.InvalidDataException if it does not validate; nothing is written
     */
    public Customer create(Customer customer, String actor) throws StoreException {
        if (customer.getId() != 0) {
            throw new IllegalArgumentException("Already stored: " + customer.getId()); //$NON-NLS-1$
        }
        return store.call(session -> {
            Customer saved = session.customers().save(customer);
            session.audit().append(new AuditEntry(0, Date.from(clock.instant()), actor, ACTION_CREATE, saved.getId(),
                    "Created customer \u201c" + saved.getName() + "\u201d.", null)); //$NON-NLS-1$ //$NON-NLS-2$
            return saved;
        });
    }

    /**
     * Groups all customers that share an e-mail address, a phone number, or a
     * name in the same city. Reads summaries only; cancellable.
     */
    public List<DuplicateGroup> findDuplicates(IProgressMonitor monitor) throws StoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        long total = store.call(session -> session.customers().count());
        Map<String, List<CustomerSummary>> byKey = new HashMap<>();
        SubMonitor reading = progress.split(1).setWorkRemaining((int) Math.max(1, total / 1000));
        int[] read = { 0 };
        store.call(session -> {
            session.customers().forEachSummary(summary -> {
                if (++read[0] % 1000 == 0) {
                    reading.split(1);
                }
                String email = SearchKeys.email(summary.email());
                if (email != null) {
                    byKey.computeIfAbsent("e" + email, k -> new ArrayList<>(2)).add(summary); //$NON-NLS-1$
                }
                String phone = SearchKeys.phone(summary.phone());
                if (phone != null) {
                    byKey.computeIfAbsent("p" + phone, k -> new ArrayList<>(2)).add(summary); //$NON-NLS-1$
                }
                String name = SearchKeys.personName(summary.name());
                if (!name.isEmpty()) {
                    byKey.computeIfAbsent("n" + name + '\u0001' + SearchKeys.fold(summary.city()), //$NON-NLS-1$
                            k -> new ArrayList<>(2)).add(summary);
                }
            });
            return null;
        });
        progress.split(1);
        // Union the customers that share any key: A=B by e-mail and B=C by phone is one group.
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, CustomerSummary> members = new HashMap<>();
        Map<Long, Set<Reason>> reasons = new HashMap<>();
        for (Map.Entry<String, List<CustomerSummary>> entry : byKey.entrySet()) {
            List<CustomerSummary> sharing = entry.getValue();
            if (sharing.size() < 2) {
                continue;
            }
            Reason reason = switch (entry.getKey().charAt(0)) {
            case 'e' -> Reason.EMAIL;
            case 'p' -> Reason.PHONE;
            default -> Reason.NAME_AND_CITY;
            };
            long first = sharing.get(0).id();
            for (CustomerSummary summary : sharing) {
                members.put(summary.id(), summary);
                union(parent, first, summary.id());
            }
            reasons.computeIfAbsent(first, k -> EnumSet.noneOf(Reason.class)).add(reason);
        }
        Map<Long, List<CustomerSummary>> groups = new HashMap<>();
        Map<Long, Set<Reason>> groupReasons = new HashMap<>();
        for (CustomerSummary summary : members.values()) {
            groups.computeIfAbsent(root(parent, summary.id()), k -> new ArrayList<>()).add(summary);
        }
        reasons.forEach((id, why) -> groupReasons.computeIfAbsent(root(parent, id), k -> EnumSet.noneOf(Reason.class))
                .addAll(why));
        Comparator<CustomerSummary> byName = Comparator.comparing(CustomerSummary::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(CustomerSummary::id);
        List<DuplicateGroup> result = new ArrayList<>();
        groups.forEach((root, list) -> {
            list.sort(byName);
            result.add(new DuplicateGroup(List.copyOf(list), Set.copyOf(groupReasons.get(root))));
        });
        result.sort(Comparator.comparing(group -> group.members().get(0), byName));
        return result;
    }

    private static long root(Map<Long, Long> parent, long id) {
        long root = id;
        for (Long up = parent.get(root); up != null && up != root; up = parent.get(root)) {
            root = up;
        }
        parent.put(id, root);
        return root;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        long rootA = root(parent, a);
        long rootB = root(parent, b);
        if (rootA != rootB) {
            parent.put(rootB, rootA);
        }
    }

    /** What is attached to a customer: what a deletion removes and a merge moves. */
    public RecordCounts attached(long customerId) throws StoreException {
        return store.call(session -> session.customers().countAttached(customerId));
    }

    /**
     * Merges {@code duplicate} into {@code survivor} in one transaction: the
     * survivor takes the duplicate's missing details, tags and contacts
     * ({@link CustomerMerge#combine}), every interaction, commitment and feedback
     * entry moves to it (reviews follow their interactions), the duplicate is
     * deleted and an audit entry lists what happened. Either all of it is
     * committed or none: an interrupted merge leaves both customers as they were.
     *
     * @param survivorVersion and {@code duplicateVersion}: the versions the user saw;
     *            a record changed since then stops the merge with a {@link ConflictException}
     * @param monitor reports the steps; cancelling before the commit undoes everything
     */
    public MergeResult merge(long survivorId, int survivorVersion, long duplicateId, int duplicateVersion, String actor,
            IProgressMonitor monitor) throws StoreException {
        if (survivorId == duplicateId) {
            throw new IllegalArgumentException("A customer cannot be merged into itself."); //$NON-NLS-1$
        }
        SubMonitor progress = SubMonitor.convert(monitor, 4);
        return store.call(session -> {
            Customer survivor = session.customers().find(survivorId).orElseThrow(
                    () -> new ConflictException("The customer to keep was deleted by someone else.", survivorId, //$NON-NLS-1$
                            survivorVersion, -1));
            Customer duplicate = session.customers().find(duplicateId).orElseThrow(
                    () -> new ConflictException("The customer to merge was deleted by someone else.", duplicateId, //$NON-NLS-1$
                            duplicateVersion, -1));
            checkVersion(survivor, survivorVersion);
            checkVersion(duplicate, duplicateVersion);
            step(progress);
            RecordCounts moved = session.customers().moveAttached(duplicateId, survivorId);
            step(progress);
            Customer combined = CustomerMerge.combine(survivor, duplicate);
            session.customers().delete(duplicateId, duplicateVersion);
            session.customers().save(combined);
            step(progress);
            AuditEntry audit = session.audit().append(new AuditEntry(0, Date.from(clock.instant()), actor, ACTION_MERGE, survivorId,
                    CustomerMerge.summary(duplicate, combined, moved), CustomerMerge.details(survivor, duplicate, moved)));
            step(progress);
            return new MergeResult(combined, moved, audit);
        });
    }

    private static void step(SubMonitor progress) {
        progress.split(1); // throws OperationCanceledException: the store call rolls back
    }

    private static void checkVersion(Customer customer, int expected) throws ConflictException {
        if (customer.getVersion() != expected) {
            throw new ConflictException("\u201c" + customer.getName() //$NON-NLS-1$
                    + "\u201d was changed by someone else since you chose it. Nothing was merged; look again and retry.", //$NON-NLS-1$
                    customer.getId(), expected, customer.getVersion());
        }
    }

    /**
     * Deletes a customer with everything attached, if it is still at
     * {@code version}, and records what was removed in the audit trail.
     */
    public RecordCounts delete(long customerId, int version, String actor) throws StoreException {
        return store.call(session -> {
            Customer customer = session.customers().find(customerId).orElseThrow(
                    () -> new ConflictException("The customer was already deleted by someone else.", customerId, version, //$NON-NLS-1$
                            -1));
            RecordCounts counts = session.customers().countAttached(customerId);
            session.customers().delete(customerId, version);
            session.audit().append(new AuditEntry(0, Date.from(clock.instant()), actor, ACTION_DELETE, customerId,
                    "Deleted customer \u201c" + customer.getName() + "\u201d with " + CustomerMerge.describe(counts) //$NON-NLS-1$ //$NON-NLS-2$
                            + ".", //$NON-NLS-1$
                    CustomerMerge.snapshot(customer)));
            return counts;
        });
    }
}
