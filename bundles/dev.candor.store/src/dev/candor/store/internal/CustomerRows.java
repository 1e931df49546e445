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
import dev.candor.store.CustomerRepository;
import dev.candor.store.CustomerSummary;
import dev.candor.store.SearchKeys;
import dev.candor.store.StoreException;

/** Customers in CUSTOMER, CONTACT and CUSTOMER_TAG. */
final class CustomerRows implements CustomerRepository {

    static final String COLUMNS = "KIND, NAME, ORGANISATION, EMAIL, PHONE, CITY, COUNTRY, LANGUAGE,"
            + " PREFERRED_CHANNEL, OWNER, CONSENT_MARKETING, CONSENT_DATA, CONSENT_RECORDING, NOTES, CREATED_AT,"
            + " SEARCH_KEY, NAME_KEY";

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
        return SqlErrors.run("read customer " + id, () -> {
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

    @Override
    public Customer save(Customer customer) throws StoreException {
        List<String> sizes = new ArrayList<>();
        Rows.fits(sizes, "Organisation", customer.getOrganisation(), 500);
        Rows.fits(sizes, "City", customer.getCity(), 200);
        Rows.fits(sizes, "Country", customer.getCountry(), 100);
        Rows.fits(sizes, "Notes", customer.getNotes(), 32000);
        for (String tag : customer.getTags()) {
            Rows.fits(sizes, "Tag \"" + tag.substring(0, Math.min(20, tag.length())) + "\"", tag, 100);
        }
        for (Contact contact : customer.getContacts()) {
            Rows.fits(sizes, "Role of " + contact.getName(), contact.getRole(), 200);
        }
        Rows.check(customer, sizes);
        String what = "The customer \u201c" + customer.getName() + "\u201d";
        return SqlErrors.run("save " + customer.getName(), () -> {
            if (customer.getCreatedAt() == null) {
                customer.setCreatedAt(new java.util.Date());
            }
            Rows.upsert(session, "CUSTOMER", COLUMNS, customer, CustomerRows::bind, what);
            writeChildren(customer);
            return customer;
        });
    }

    static int bind(PreparedStatement s, Customer c) throws SQLException {
        s.setString(1, Rows.literal(c.getKind()));
        s.setString(2, c.getName());
        s.setString(3, c.getOrganisation());
        s.setString(4, c.getEmail());
        s.setString(5, c.getPhone());
        s.setString(6, c.getCity());
        s.setString(7, c.getCountry());
        s.setString(8, Rows.literal(c.getPreferredLanguage()));
        s.setString(9, Rows.literal(c.getPreferredChannel()));
        s.setString(10, c.getOwner());
        s.setBoolean(11, c.isConsentMarketing());
        s.setBoolean(12, c.isConsentDataProcessing());
        s.setBoolean(13, c.isConsentRecording());
        s.setString(14, c.getNotes());
        s.setTimestamp(15, Rows.timestamp(c.getCreatedAt()));
        String key = searchKey(c.getName(), c.getOrganisation(), c.getEmail(), c.getPhone(), c.getCity());
        s.setString(16, key.length() > 2000 ? key.substring(0, 2000) : key); // a derived index, not user data
        s.setString(17, SearchKeys.fold(c.getName()));
        return 18;
    }

    private void writeChildren(Customer customer) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM CONTACT WHERE CUSTOMER_ID = ?");
                PreparedStatement deleteTags = connection.prepareStatement("DELETE FROM CUSTOMER_TAG WHERE CUSTOMER_ID = ?")) {
            delete.setLong(1, customer.getId());
            delete.executeUpdate();
            deleteTags.setLong(1, customer.getId());
            deleteTags.executeUpdate();
        }
        if (!customer.getContacts().isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO CONTACT (CUSTOMER_ID, POS, NAME, ROLE, EMAIL, PHONE, IS_PRIMARY) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int pos = 0;
                for (Contact contact : customer.getContacts()) {
                    insert.setLong(1, customer.getId());
                    insert.setInt(2, pos++);
                    insert.setString(3, contact.getName());
                    insert.setString(4, contact.getRole());
                    insert.setString(5, contact.getEmail());
                    insert.setString(6, contact.getPhone());
                    insert.setBoolean(7, contact.isPrimary());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (!customer.getTags().isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO CUSTOMER_TAG (CUSTOMER_ID, POS, TAG) VALUES (?, ?, ?)")) {
                int pos = 0;
                for (String tag : customer.getTags()) {
                    insert.setLong(1, customer.getId());
                    insert.setInt(2, pos++);
                    insert.setString(3, tag);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    @Override
    public void delete(long id, int expectedVersion) throws StoreException {
        SqlErrors.run("delete customer " + id, () -> {
            Rows.deleteVersioned(connection, "CUSTOMER", "The customer " + id, id, expectedVersion);
            return null;
        });
    }

    @Override
    public long count() throws StoreException {
        return SqlErrors.run("count customers", () -> Rows.count(connection, "SELECT COUNT(*) FROM CUSTOMER", null));
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
        return SqlErrors.run("list customers", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
                    + " FROM CUSTOMER ORDER BY NAME_KEY, ID FETCH FIRST ? ROWS ONLY")) {
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
    public void forEachSummary(Consumer<CustomerSummary> consumer) throws StoreException {
        SqlErrors.run("list customers", () -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + SUMMARY_COLUMNS + " FROM CUSTOMER ORDER BY ID")) {
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
