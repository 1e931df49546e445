package dev.candor.profiles.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import dev.candor.model.CandorPackage;
import dev.candor.model.Customer;
import dev.candor.model.validation.ModelValidation;
import dev.candor.profiles.CustomerMerge;
import dev.candor.profiles.CustomerService;
import dev.candor.profiles.DuplicateGroup;
import dev.candor.profiles.DuplicateGroup.Reason;
import dev.candor.profiles.MergeResult;
import dev.candor.services.DataTopics;
import dev.candor.services.DataTopics.Kind;
import dev.candor.services.ServiceContext;
import dev.candor.store.AuditEntry;
import dev.candor.store.ConflictException;
import dev.candor.store.CustomerFacts;
import dev.candor.store.CustomerSummary;
import dev.candor.store.RecordCounts;
import dev.candor.store.SearchKeys;
import dev.candor.store.StoreException;

/**
 * {@link CustomerService} on a {@link ServiceContext}; also the Declarative Services
 * component, which gets the context once Candor's database is open.
 */
public final class CustomerServiceImpl implements CustomerService {

    private ServiceContext context;

    /** Declarative Services. */
    public CustomerServiceImpl() {
    }

    public CustomerServiceImpl(ServiceContext context) {
        this.context = context;
    }

    /** Declarative Services: the database's service context. */
    public void setContext(ServiceContext value) {
        context = value;
    }

    @Override
    public Optional<Customer> find(long id) throws StoreException {
        return context.read(READ, session -> session.customers().find(id));
    }

    @Override
    public long count() throws StoreException {
        return context.read(READ, session -> session.customers().count());
    }

    @Override
    public List<CustomerSummary> firstByName(int limit) throws StoreException {
        return context.read(READ, session -> session.customers().firstSummariesByName(limit));
    }

    @Override
    public List<CustomerSummary> allSummaries() throws StoreException {
        List<CustomerSummary> all = new ArrayList<>();
        context.read(READ, session -> {
            session.customers().forEachSummary(all::add);
            return null;
        });
        return all;
    }

    @Override
    public List<CustomerSummary> summaries(List<Long> ids) throws StoreException {
        return context.read(READ, session -> session.customers().findSummaries(ids));
    }

    @Override
    public List<CustomerSummary> similarTo(Customer candidate) throws StoreException {
        return context.read(READ, session -> session.customers().findSimilar(candidate, 20));
    }

    @Override
    public CustomerFacts facts(long id) throws StoreException {
        java.time.Clock clock = context.clock();
        return context.read(READ,
                session -> session.customers().facts(id, java.util.Date.from(clock.instant()), clock.getZone()));
    }

    @Override
    public RecordCounts attached(long id) throws StoreException {
        return context.read(READ, session -> session.customers().countAttached(id));
    }

    @Override
    public Customer create(Customer customer) throws StoreException {
        if (customer.getId() != 0) {
            throw new IllegalArgumentException("Already stored: " + customer.getId()); //$NON-NLS-1$
        }
        return context.write(CREATE, change -> {
            Customer saved = change.session().customers().save(customer);
            change.audit(CREATE, saved.getId(), NLS.bind(Messages.Audit_Created, saved.getName()), null);
            change.changed(DataTopics.CUSTOMER, Kind.CREATED, saved.getId(), saved.getId());
            return saved;
        });
    }

    @Override
    public Customer update(Customer customer) throws StoreException {
        if (customer.getId() == 0) {
            throw new IllegalArgumentException("Not stored yet: use create"); //$NON-NLS-1$
        }
        return context.write(UPDATE, change -> {
            Customer before = change.session().customers().find(customer.getId()).orElseThrow(
                    () -> new ConflictException(NLS.bind(Messages.Update_Deleted, customer.getName()), customer.getId(),
                            customer.getVersion(), -1));
            Customer saved = change.session().customers().save(customer);
            List<String> fields = changedFields(before, saved);
            change.audit(UPDATE, saved.getId(), NLS.bind(Messages.Audit_Updated, saved.getName(),
                    fields.isEmpty() ? Messages.Audit_NothingChanged : String.join(", ", fields)), //$NON-NLS-1$
                    String.join("\n", fields)); //$NON-NLS-1$
            change.changed(DataTopics.CUSTOMER, Kind.UPDATED, saved.getId(), saved.getId());
            return saved;
        });
    }

    /** The labels of the fields that differ; which ones, not their values (the trail is no copy of personal data). */
    static List<String> changedFields(Customer before, Customer after) {
        List<String> fields = ModelValidation.changedFields(before, after);
        if (!EcoreUtil.equals(before.getContacts(), after.getContacts())) {
            fields.add(ModelValidation.label(CandorPackage.Literals.CUSTOMER__CONTACTS));
        }
        return fields;
    }

    @Override
    public MergeResult merge(long survivorId, int survivorVersion, long duplicateId, int duplicateVersion,
            IProgressMonitor monitor) throws StoreException {
        if (survivorId == duplicateId) {
            throw new IllegalArgumentException("A customer cannot be merged into itself."); //$NON-NLS-1$
        }
        SubMonitor progress = SubMonitor.convert(monitor, 4);
        return context.write(MERGE, change -> {
            var customers = change.session().customers();
            Customer survivor = customers.find(survivorId).orElseThrow(
                    () -> new ConflictException(Messages.Merge_SurvivorDeleted, survivorId, survivorVersion, -1));
            Customer duplicate = customers.find(duplicateId).orElseThrow(
                    () -> new ConflictException(Messages.Merge_DuplicateDeleted, duplicateId, duplicateVersion, -1));
            checkVersion(survivor, survivorVersion);
            checkVersion(duplicate, duplicateVersion);
            step(progress);
            RecordCounts moved = customers.moveAttached(duplicateId, survivorId);
            step(progress);
            Customer combined = CustomerMerge.combine(survivor, duplicate);
            customers.delete(duplicateId, duplicateVersion);
            customers.save(combined);
            step(progress);
            AuditEntry audit = change.audit(MERGE, survivorId, CustomerMerge.summary(duplicate, combined, moved),
                    CustomerMerge.details(survivor, duplicate, moved));
            change.changed(DataTopics.CUSTOMER, Kind.UPDATED, survivorId, survivorId);
            change.changed(DataTopics.CUSTOMER, Kind.DELETED, duplicateId, duplicateId);
            long[] both = { survivorId, duplicateId };
            change.changed(DataTopics.INTERACTION, Kind.UPDATED, new long[0], both);
            change.changed(DataTopics.COMMITMENT, Kind.UPDATED, new long[0], both);
            step(progress);
            return new MergeResult(combined, moved, audit);
        });
    }

    private static void step(SubMonitor progress) {
        progress.split(1); // throws OperationCanceledException: the transaction rolls back
    }

    private static void checkVersion(Customer customer, int expected) throws ConflictException {
        if (customer.getVersion() != expected) {
            throw new ConflictException(NLS.bind(Messages.Merge_Changed, customer.getName()), customer.getId(), expected,
                    customer.getVersion());
        }
    }

    @Override
    public RecordCounts delete(long id, int version) throws StoreException {
        return context.write(DELETE, change -> {
            Customer customer = change.session().customers().find(id).orElseThrow(
                    () -> new ConflictException(Messages.Delete_Gone, id, version, -1));
            RecordCounts counts = change.session().customers().countAttached(id);
            change.session().customers().delete(id, version);
            change.audit(DELETE, id, NLS.bind(Messages.Audit_Deleted, customer.getName(), CustomerMerge.describe(counts)),
                    CustomerMerge.snapshot(customer));
            change.changed(DataTopics.CUSTOMER, Kind.DELETED, id, id);
            change.changed(DataTopics.INTERACTION, Kind.DELETED, new long[0], id);
            change.changed(DataTopics.COMMITMENT, Kind.DELETED, new long[0], id);
            return counts;
        });
    }

    @Override
    public List<DuplicateGroup> findDuplicates(IProgressMonitor monitor) throws StoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        long total = count();
        Map<String, List<CustomerSummary>> byKey = new HashMap<>();
        SubMonitor reading = progress.split(1).setWorkRemaining((int) Math.max(1, total / 1000));
        int[] read = { 0 };
        context.read(READ, session -> {
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
}
