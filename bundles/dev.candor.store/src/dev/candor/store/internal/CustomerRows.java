package dev.candor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Contact;
import dev.candor.model.Customer;
import dev.candor.model.CustomerKind;
import dev.candor.model.Language;
import dev.candor.store.CustomerFacts;
import dev.candor.store.CustomerRepository;
import dev.candor.store.RecordCounts;
import dev.candor.store.CustomerSummary;
import dev.candor.store.SearchKeys;
import dev.candor.store.StoreException;

/** Customers in CUSTOMER, CONTACT and CUSTOMER_TAG. */
final class CustomerRows implements CustomerRepository {

    static final String COLUMNS = "KIND, NAME, ORGANISATION, EMAIL, PHONE, CITY, COUNTRY, LANGUAGE,"
            + " PREFERRED_CHANNEL, OWNER, CONSENT_MARKETING, CONSENT_DATA, CONSENT_RECORDING, NOTES, CREATED_AT,"
            + " SEARCH_KEY, NAME_KEY, EMAIL_KEY, PHONE_KEY, DUP_NAME_KEY";

    /**
     * Customers everyone sees: not of an import still being written, nor the copy an import keeps
     * of an update it made (see {@link dev.candor.store.CustomerImports}).
     */
    static final String SHOWN = "(STAGED_BY IS NULL OR REPLACES IS NULL AND STAGED_BY IN (SELECT CI.ID"
            + " FROM CUSTOMER_IMPORT CI WHERE CI.STATE = '" + CustomerImportRows.PUBLISHED + "'))";

    private final JdbcSession session;
    private final Connection connection;

    CustomerRows(JdbcSession session) {
        this.session = session;
        this.connection = session.connection();
    }

    /** The folded text that the Customers view filters on. */
    static String searchKey(String name, String organisation, String email, String phone, String city) {
        return SearchKeys.foldAll(name, organisation, email, phone, city);
    }

    @Override
    public Optional<Customer> find(long id) throws StoreException {
        return SqlErrors.run(() -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT ID, VERSION, " + COLUMNS + " FROM CUSTOMER WHERE ID = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<Customer>empty();
                    }
                    Customer customer = read(rows);
                    readContacts(customer);
                    readTags(customer);
                    return Optional.of(customer);
                }
            }
        });
    }

    private static Customer read(ResultSet rows) throws SQLException {
        Customer c = CandorFactory.eINSTANCE.createCustomer();
        c.setId(rows.getLong(1));
        c.setVersion(rows.getInt(2));
        c.setKind(CustomerKind.get(rows.getString(3)));
        c.setName(rows.getString(4));
        c.setOrganisation(rows.getString(5));
        c.setEmail(rows.getString(6));
        c.setPhone(rows.getString(7));
        c.setCity(rows.getString(8));
        c.setCountry(rows.getString(9));
        c.setPreferredLanguage(Language.get(rows.getString(10)));
        c.setPreferredChannel(Channel.get(rows.getString(11)));
        c.setOwner(rows.getString(12));
        c.setConsentMarketing(rows.getBoolean(13));
        c.setConsentDataProcessing(rows.getBoolean(14));
        c.setConsentRecording(rows.getBoolean(15));
        c.setNotes(rows.getString(16));
        c.setCreatedAt(Rows.date(rows, 17));
        return c;
    }

    private void readContacts(Customer customer) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT NAME, ROLE, EMAIL, PHONE, IS_PRIMARY FROM CONTACT WHERE CUSTOMER_ID = ? ORDER BY POS")) {
            select.setLong(1, customer.getId());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Contact contact = CandorFactory.eINSTANCE.createContact();
                    contact.setName(rows.getString(1));
                    contact.setRole(rows.getString(2));
                    contact.setEmail(rows.getString(3));
                    contact.setPhone(rows.getString(4));
                    contact.setPrimary(rows.getBoolean(5));
                    customer.getContacts().add(contact);
                }
            }
        }
    }

    private void readTags(Customer customer) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT TAG FROM CUSTOMER_TAG WHERE CUSTOMER_ID = ? ORDER BY POS")) {
            select.setLong(1, customer.getId());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    customer.getTags().add(rows.getString(1));
                }
            }
        }
    }

    /** Validates a customer and checks that every value fits its column. */
    static void check(Customer customer) throws StoreException {
        List<String> sizes = new ArrayList<>();
        Rows.fits(sizes, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.CUSTOMER__ORGANISATION), customer.getOrganisation(), 500);
        Rows.fits(sizes, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.CUSTOMER__CITY), customer.getCity(), 200);
        Rows.fits(sizes, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.CUSTOMER__COUNTRY), customer.getCountry(), 100);
        Rows.fits(sizes, dev.candor.model.validation.ModelValidation.label(dev.candor.model.CandorPackage.Literals.CUSTOMER__NOTES), customer.getNotes(), 32000);
        for (String tag : customer.getTags()) {
            Rows.fits(sizes, org.eclipse.osgi.util.NLS.bind(Messages.What_Tag, tag.substring(0, Math.min(20, tag.length()))), tag,
                    100);
        }
        for (Contact contact : customer.getContacts()) {
            Rows.fits(sizes, org.eclipse.osgi.util.NLS.bind(Messages.What_Role, contact.getName()), contact.getRole(), 200);
        }
        Rows.check(customer, sizes);
    }

    @Override
    public Customer save(Customer customer) throws StoreException {
        check(customer);
        String what = org.eclipse.osgi.util.NLS.bind(Messages.What_Customer, customer.getName());
        return SqlErrors.run(() -> {
            if (customer.getCreatedAt() == null) {
                customer.setCreatedAt(session.now());
            }
            Rows.upsert(session, "CUSTOMER", COLUMNS, customer, CustomerRows::bind, what, true);
            writeChildren(customer);
            return customer;
        });
    }

    static int bind(PreparedStatement s, Customer c) throws SQLException {
        return bind(s, c, 0);
    }

    /** Binds the columns from parameter {@code offset + 1}; returns the next parameter's index. */
    static int bind(PreparedStatement s, Customer c, int o) throws SQLException {
        s.setString(o + 1, Rows.literal(c.getKind()));
        s.setString(o + 2, c.getName());
        s.setString(o + 3, c.getOrganisation());
        s.setString(o + 4, c.getEmail());
        s.setString(o + 5, c.getPhone());
        s.setString(o + 6, c.getCity());
        s.setString(o + 7, c.getCountry());
        s.setString(o + 8, Rows.literal(c.getPreferredLanguage()));
        s.setString(o + 9, Rows.literal(c.getPreferredChannel()));
        s.setString(o + 10, c.getOwner());
        s.setBoolean(o + 11, c.isConsentMarketing());
        s.setBoolean(o + 12, c.isConsentDataProcessing());
        s.setBoolean(o + 13, c.isConsentRecording());
        s.setString(o + 14, c.getNotes());
        Rows.setInstant(s, o + 15, c.getCreatedAt());
        String key = searchKey(c.getName(), c.getOrganisation(), c.getEmail(), c.getPhone(), c.getCity());
        s.setString(o + 16, key.length() > 2000 ? key.substring(0, 2000) : key); // a derived index, not user data
        s.setString(o + 17, SearchKeys.fold(c.getName()));
        s.setString(o + 18, SearchKeys.email(c.getEmail()));
        s.setString(o + 19, SearchKeys.phone(c.getPhone()));
        String nameKey = SearchKeys.personName(c.getName());
        s.setString(o + 20, nameKey.length() > 500 ? nameKey.substring(0, 500) : nameKey); // derived, like SEARCH_KEY
        return o + 21;
    }

    static final String INSERT_CONTACT = "INSERT INTO CONTACT (CUSTOMER_ID, POS, NAME, ROLE, EMAIL, PHONE, IS_PRIMARY)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_TAG = "INSERT INTO CUSTOMER_TAG (CUSTOMER_ID, POS, TAG) VALUES (?, ?, ?)";

    /** Adds the customer's contacts and tags, as rows of customer {@code id}, to the two statements' batches. */
    static void addChildren(PreparedStatement contacts, PreparedStatement tags, long id, Customer customer)
            throws SQLException {
        int pos = 0;
        for (Contact contact : customer.getContacts()) {
            contacts.setLong(1, id);
            contacts.setInt(2, pos++);
            contacts.setString(3, contact.getName());
            contacts.setString(4, contact.getRole());
            contacts.setString(5, contact.getEmail());
            contacts.setString(6, contact.getPhone());
            contacts.setBoolean(7, contact.isPrimary());
            contacts.addBatch();
        }
        pos = 0;
        for (String tag : customer.getTags()) {
            tags.setLong(1, id);
            tags.setInt(2, pos++);
            tags.setString(3, tag);
            tags.addBatch();
        }
    }

    private void writeChildren(Customer customer) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM CONTACT WHERE CUSTOMER_ID = ?");
                PreparedStatement deleteTags = connection.prepareStatement("DELETE FROM CUSTOMER_TAG WHERE CUSTOMER_ID = ?")) {
            delete.setLong(1, customer.getId());
            delete.executeUpdate();
            deleteTags.setLong(1, customer.getId());
            deleteTags.executeUpdate();
        }
        try (PreparedStatement contacts = connection.prepareStatement(INSERT_CONTACT);
                PreparedStatement tags = connection.prepareStatement(INSERT_TAG)) {
            addChildren(contacts, tags, customer.getId(), customer);
            if (!customer.getContacts().isEmpty()) {
                contacts.executeBatch();
            }
            if (!customer.getTags().isEmpty()) {
                tags.executeBatch();
            }
        }
    }

    @Override
    public void delete(long id, int expectedVersion) throws StoreException {
        SqlErrors.run(() -> {
            // the customer's row first, so nothing is added for it meanwhile; then the rows of other
            // bundles' tables, which may refer to it by a foreign key of their own
            Rows.lockCustomer(connection, id);
            for (References.Column reference : session.references().customers()) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + reference.table() + " WHERE " + reference.column() + " = ?")) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
            Rows.deleteVersioned(connection, "CUSTOMER", org.eclipse.osgi.util.NLS.bind(Messages.What_CustomerId, id), id,
                    expectedVersion);
            // Commitments, contacts and tags go by foreign key; interactions (and their
            // reviews, by theirs) here: see InteractionOwnerMigration.
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM INTERACTION WHERE CUSTOMER_ID = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public long count() throws StoreException {
        return SqlErrors.run(() -> Rows.count(connection, "SELECT COUNT(*) FROM CUSTOMER WHERE " + SHOWN, null));
    }

    @Override
    public boolean isEmpty() throws StoreException {
        return SqlErrors.run(() -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT ID FROM CUSTOMER WHERE " + SHOWN + " FETCH FIRST ROW ONLY");
                    ResultSet rows = select.executeQuery()) {
                return !rows.next();
            }
        });
    }

    private static final String SUMMARY_COLUMNS = "ID, KIND, NAME, ORGANISATION, EMAIL, PHONE, CITY, COUNTRY, OWNER,"
            + " LANGUAGE, PREFERRED_CHANNEL, SEARCH_KEY";

    private static CustomerSummary summary(ResultSet rows) throws SQLException {
        return new CustomerSummary(rows.getLong(1), CustomerKind.get(rows.getString(2)), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                rows.getString(9), Language.get(rows.getString(10)), Channel.get(rows.getString(11)), rows.getString(12));
    }

    @Override
    public List<CustomerSummary> firstSummariesByName(int limit) throws StoreException {
        return SqlErrors.run(() -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
                    + " FROM CUSTOMER WHERE " + SHOWN + " ORDER BY NAME_KEY, ID FETCH FIRST ? ROWS ONLY")) {
                select.setInt(1, limit);
                List<CustomerSummary> result = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        result.add(summary(rows));
                    }
                }
                return result;
            }
        });
    }

    @Override
    public List<CustomerSummary> findSummaries(List<Long> ids) throws StoreException {
        return SqlErrors.run(() -> Rows.byIds(connection,
                "SELECT " + SUMMARY_COLUMNS + " FROM CUSTOMER WHERE ID IN", ids, CustomerRows::summary,
                CustomerSummary::id));
    }

    @Override
    public List<CustomerSummary> findSimilar(Customer candidate, int limit) throws StoreException {
        SearchKeys.Similarity keys = SearchKeys.similarity(candidate.getEmail(), candidate.getPhone(),
                candidate.getName());
        // One indexed lookup per key; OR across three columns would scan the table.
        java.util.LinkedHashSet<Long> ids = new java.util.LinkedHashSet<>();
        return SqlErrors.run(() -> {
            for (String[] key : new String[][] { { "EMAIL_KEY", keys.email() }, { "PHONE_KEY", keys.phone() },
                    { "DUP_NAME_KEY", keys.name() } }) {
                if (key[1] == null) {
                    continue;
                }
                try (PreparedStatement select = connection.prepareStatement("SELECT ID FROM CUSTOMER WHERE " + key[0]
                        + " = ? AND ID <> ? AND " + SHOWN + " FETCH FIRST ? ROWS ONLY")) {
                    select.setString(1, key[1]);
                    select.setLong(2, candidate.getId());
                    select.setInt(3, limit);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getLong(1));
                        }
                    }
                }
            }
            List<CustomerSummary> found = new ArrayList<>(findSummaries(new ArrayList<>(ids)));
            found.sort(java.util.Comparator.comparing(CustomerSummary::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparingLong(CustomerSummary::id));
            return found.size() > limit ? found.subList(0, limit) : found;
        });
    }

    @Override
    public RecordCounts countAttached(long id) throws StoreException {
        return SqlErrors.run(() -> {
            java.util.Map<String, Long> contributed = new java.util.TreeMap<>();
            for (References.Column reference : session.references().customers()) {
                long count = Rows.count(connection, "SELECT COUNT(*) FROM " + reference.table() + " WHERE "
                        + reference.column() + " = ?", id);
                if (count > 0) {
                    contributed.merge(reference.label(), count, Long::sum);
                }
            }
            return new RecordCounts(
                    Rows.count(connection, "SELECT COUNT(*) FROM INTERACTION WHERE CUSTOMER_ID = ?", id),
                    Rows.count(connection, "SELECT COUNT(*) FROM COMMITMENT WHERE CUSTOMER_ID = ?", id),
                    Rows.count(connection, "SELECT COUNT(*) FROM COMMITMENT WHERE CUSTOMER_ID = ?"
                            + " AND STATUS IN " + CommitmentRows.OPEN_STATUSES, id),
                    Rows.count(connection, "SELECT COUNT(*) FROM ETHICS_REVIEW R JOIN INTERACTION I"
                            + " ON R.INTERACTION_ID = I.ID WHERE I.CUSTOMER_ID = ?", id),
                    contributed);
        });
    }

    @Override
    public CustomerFacts facts(long id, java.util.Date now, java.time.ZoneId zone) throws StoreException {
        return SqlErrors.run(() -> {
            long interactions = Rows.count(connection, "SELECT COUNT(*) FROM INTERACTION WHERE CUSTOMER_ID = ?", id);
            long open = Rows.count(connection, "SELECT COUNT(*) FROM COMMITMENT WHERE CUSTOMER_ID = ?"
                    + " AND STATUS IN " + CommitmentRows.OPEN_STATUSES, id);
            long overdue;
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM COMMITMENT"
                    + " WHERE CUSTOMER_ID = ? AND STATUS IN " + CommitmentRows.OPEN_STATUSES + " AND DUE_AT < ?")) {
                select.setLong(1, id);
                Rows.setInstant(select, 2, now);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    overdue = rows.getLong(1);
                }
            }
            java.util.Date lastAt = null;
            Channel lastChannel = null;
            try (PreparedStatement select = connection.prepareStatement("SELECT STARTED_AT, CHANNEL FROM INTERACTION"
                    + " WHERE CUSTOMER_ID = ? ORDER BY STARTED_AT DESC FETCH FIRST 1 ROWS ONLY")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        lastAt = Rows.date(rows, 1);
                        lastChannel = Channel.get(rows.getString(2));
                    }
                }
            }
            return new CustomerFacts(interactions, open, overdue, lastAt, lastChannel, scores(id, now, zone));
        });
    }

    /** Monthly average review scores of the last twelve months in {@code zone}, oldest first. */
    private List<CustomerFacts.ScorePoint> scores(long id, java.util.Date now, java.time.ZoneId zone)
            throws SQLException {
        java.time.LocalDate firstMonth = java.time.LocalDate.ofInstant(now.toInstant(), zone).withDayOfMonth(1)
                .minusMonths(11);
        java.util.TreeMap<java.time.LocalDate, double[]> months = new java.util.TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT R.REVIEWED_AT, R.SCORE FROM ETHICS_REVIEW R"
                + " JOIN INTERACTION I ON R.INTERACTION_ID = I.ID WHERE I.CUSTOMER_ID = ? AND R.REVIEWED_AT >= ?")) {
            select.setLong(1, id);
            select.setLong(2, firstMonth.atStartOfDay(zone).toInstant().toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    java.time.LocalDate month = java.time.LocalDate.ofInstant(
                            java.time.Instant.ofEpochMilli(rows.getLong(1)), zone).withDayOfMonth(1);
                    double[] sum = months.computeIfAbsent(month, m -> new double[2]);
                    sum[0] += rows.getDouble(2);
                    sum[1]++;
                }
            }
        }
        List<CustomerFacts.ScorePoint> points = new ArrayList<>();
        months.forEach((month, sum) -> points.add(new CustomerFacts.ScorePoint(
                java.util.Date.from(month.atStartOfDay(zone).toInstant()), sum[0] / sum[1], (int) sum[1])));
        return points;
    }

    @Override
    public RecordCounts moveAttached(long fromId, long toId) throws StoreException {
        return SqlErrors.run(() -> {
            // both customers first (by id, so two merges never wait on each other crosswise): no
            // interaction may be saved for the duplicate between moving its records and deleting it
            try (PreparedStatement lock = connection.prepareStatement(
                    "UPDATE CUSTOMER SET VERSION = VERSION WHERE ID IN (?, ?)")) {
                lock.setLong(1, Math.min(fromId, toId));
                lock.setLong(2, Math.max(fromId, toId));
                lock.executeUpdate();
            }
            RecordCounts counts = countAttached(fromId);
            // The version changes (an editor holding an old copy must not move it back); the
            // change number does not: searchable text is the same, and hits name their
            // customer from the database, not from the index.
            for (String table : new String[] { "INTERACTION", "COMMITMENT" }) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                        + " SET CUSTOMER_ID = ?, VERSION = VERSION + 1 WHERE CUSTOMER_ID = ?")) {
                    update.setLong(1, toId);
                    update.setLong(2, fromId);
                    update.executeUpdate();
                }
            }
            for (References.Column reference : session.references().customers()) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE " + reference.table() + " SET "
                        + reference.column() + " = ? WHERE " + reference.column() + " = ?")) {
                    update.setLong(1, toId);
                    update.setLong(2, fromId);
                    update.executeUpdate();
                }
            }
            return counts;
        });
    }

    @Override
    public List<dev.candor.store.LastContact> quietSince(String owner, java.util.Date since, int limit)
            throws StoreException {
        return SqlErrors.run(() -> {
            // the owner's customers by their index, each one's newest interaction by (CUSTOMER_ID, STARTED_AT)
            List<dev.candor.store.LastContact> quiet = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT C.ID, C.NAME, C.ORGANISATION,"
                    + " (SELECT MAX(I.STARTED_AT) FROM INTERACTION I WHERE I.CUSTOMER_ID = C.ID)"
                    + " FROM CUSTOMER C WHERE C.OWNER = ? AND " + SHOWN)) {
                select.setString(1, owner);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long last = rows.getLong(4);
                        if (rows.wasNull()) {
                            last = 0;
                        }
                        if (last < since.getTime()) {
                            quiet.add(new dev.candor.store.LastContact(rows.getLong(1), rows.getString(2),
                                    rows.getString(3), last));
                        }
                    }
                }
            }
            quiet.sort(java.util.Comparator.comparingLong(dev.candor.store.LastContact::lastContact)
                    .thenComparingLong(dev.candor.store.LastContact::id));
            return quiet.size() > limit ? new ArrayList<>(quiet.subList(0, limit)) : quiet;
        });
    }

    @Override
    public void forEachSummary(Consumer<CustomerSummary> consumer) throws StoreException {
        SqlErrors.run(() -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + SUMMARY_COLUMNS + " FROM CUSTOMER WHERE " + SHOWN + " ORDER BY ID")) {
                select.setFetchSize(1000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(summary(rows));
                    }
                }
            }
            return null;
        });
    }
}
