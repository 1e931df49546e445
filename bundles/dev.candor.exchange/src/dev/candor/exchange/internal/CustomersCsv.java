package dev.candor.exchange.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import dev.candor.exchange.Csv;
import dev.candor.exchange.DataFormatException;
import dev.candor.exchange.Exporter;
import dev.candor.exchange.ImportChoices;
import dev.candor.exchange.ImportContext;
import dev.candor.exchange.ImportResult;
import dev.candor.exchange.LookAlike;
import dev.candor.exchange.Importer;
import dev.candor.exchange.LineProblems;
import dev.candor.model.CandorFactory;
import dev.candor.model.CandorPackage;
import dev.candor.model.Channel;
import dev.candor.model.Customer;
import dev.candor.model.CustomerKind;
import dev.candor.model.Language;
import dev.candor.model.validation.ModelValidation;
import dev.candor.model.validation.Problem;
import dev.candor.store.CustomerSummary;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;
import dev.candor.nls.Plurals;

/**
 * Customers as CSV: a header naming the columns (any order, {@code name} required), one
 * customer per line. Tags are separated by semicolons; kind, language and channel use
 * the codes the export writes (organisation/person, en/ru/uk/pl/hu, phone/email/…);
 * {@code since} is an ISO-8601 instant; consents are true or false; {@code contacts} holds one
 * contact per line, each a CSV record of name, role, email, phone and primary. The export
 * writes every column, so that importing an exported file changes nothing.
 *
 * <p>A record that looks like a customer already in Candor (the same e-mail, phone or name)
 * is skipped, written over the existing customer or created, as the user chose before the
 * import; one identical to an existing customer is left alone.</p>
 */
public final class CustomersCsv implements Importer, Exporter {

    static final List<String> COLUMNS = List.of("name", "kind", "organisation", "email", "phone", "city", "country", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "language", "channel", "owner", "tags", "notes", "since", "consent_marketing", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "consent_data_processing", "consent_recording", "contacts"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    /** The cells of one contact inside the {@code contacts} cell, one contact per line. */
    private static final int CONTACT_CELLS = 5;
    /** At most this many look-alikes per record. */
    private static final int LOOK_ALIKES = 5;
    private static final int CHUNK = 500;

    /** One record: its line, the customer it describes, its cells as the file gives them and the file's columns. */
    private record Row(int line, Customer customer, List<String> cells, Map<String, Integer> columns) {
    }

    /** What is done with each record while the file is read. */
    @FunctionalInterface
    private interface RowWork {
        void accept(Row row) throws StoreException;
    }

    /** The header: which column is where, and how many cells a record has. */
    private record Header(Map<String, Integer> columns, int width) {
    }

    /** Reads the header. */
    private static Header header(Csv.RecordReader records) throws DataFormatException, IOException {
        List<String> header = records.next();
        if (header == null || header.size() == 1 && header.get(0).isBlank()) {
            throw new DataFormatException(List.of(Messages.Customers_Empty));
        }
        List<String> problems = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                problems.add(NLS.bind(Messages.Customers_UnknownColumn, column, String.join(", ", COLUMNS))); //$NON-NLS-1$
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(NLS.bind(Messages.Customers_DuplicateColumn, column));
            }
        }
        if (!columns.containsKey("name")) { //$NON-NLS-1$
            problems.add(Messages.Customers_NoName);
        }
        if (!problems.isEmpty()) {
            throw new DataFormatException(problems);
        }
        return new Header(Map.copyOf(columns), header.size());
    }

    /**
     * Reads the file a record at a time, never the whole file at once: each record is checked and,
     * as long as no line was wrong, handed to {@code work}; after a wrong line the rest is only
     * checked, and every wrong line is named at the end (the caller then drops what {@code work}
     * did).
     */
    private static void stream(Reader input, String user, IProgressMonitor monitor, RowWork work)
            throws DataFormatException, IOException, StoreException {
        Csv.RecordReader records = new Csv.RecordReader(input);
        Header header = header(records);
        Map<String, Integer> columns = header.columns();
        int width = header.width();
        LineProblems wrong = new LineProblems();
        int read = 0;
        for (List<String> cells = records.next(); cells != null; cells = records.next()) {
            int line = records.line();
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue; // an empty line
            }
            if (++read % CHUNK == 0) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                monitor.subTask(Plurals.format(Messages.Customers_Read, read));
            }
            List<String> found = new ArrayList<>();
            Customer customer = customer(cells, width, columns, user, found);
            if (found.isEmpty()) {
                for (Problem problem : ModelValidation.validate(customer)) {
                    found.add(problem.message());
                }
            }
            wrong.addAll(line, found);
            if (wrong.isEmpty()) {
                work.accept(new Row(line, customer, cells, columns));
            }
        }
        wrong.throwIfAny();
    }

    @Override
    public int read(Reader input, ImportContext context, IProgressMonitor monitor)
            throws DataFormatException, IOException, StoreException {
        monitor.subTask(Messages.Customers_Reading);
        LookAlikeKeys keys = LookAlikeKeys.of(context.session());
        ImportChoices choices = context.choices();
        int[] written = { 0 };
        stream(input, context.user(), monitor, row -> {
            ImportResult.Kind kind = importRow(context, keys, row, choices);
            context.record(kind);
            if (kind == ImportResult.Kind.CREATED || kind == ImportResult.Kind.UPDATED) {
                written[0]++;
            }
        });
        return written[0];
    }

    private static ImportResult.Kind create(ImportContext context, Row row) throws StoreException {
        context.save(row.customer());
        return ImportResult.Kind.CREATED;
    }

    /** Saves one record as the user chose for it if it looks like a customer in Candor, or not at all. */
    private static ImportResult.Kind importRow(ImportContext context, LookAlikeKeys keys, Row row,
            ImportChoices choices) throws StoreException {
        StoreSession session = context.session();
        List<Customer> alike = customers(alike(session, keys, row.customer()));
        if (alike.isEmpty()) {
            return create(context, row);
        }
        Customer same = identical(alike, row);
        if (same != null && !choices.chosen(row.line())) {
            return ImportResult.Kind.UNCHANGED;
        }
        ImportChoices.Choice choice = choices.forLine(row.line());
        switch (choice.resolution()) {
        case SKIP:
            return ImportResult.Kind.SKIPPED;
        case CREATE:
            return create(context, row);
        default:
            Customer target = choice.customerId() == 0 ? (same != null ? same : alike.get(0))
                    : session.customers().find(choice.customerId()).orElse(null);
            if (target == null) {
                // chosen from a look-alike deleted meanwhile: the record comes in as new
                return create(context, row);
            }
            if (identical(List.of(target), row) != null) {
                return ImportResult.Kind.UNCHANGED;
            }
            apply(row, target);
            context.save(target);
            return ImportResult.Kind.UPDATED;
        }
    }

    @Override
    public List<LookAlike> lookAlikes(Reader input, ImportContext context, IProgressMonitor monitor)
            throws DataFormatException, IOException, StoreException {
        monitor.subTask(Messages.Customers_Matching);
        LookAlikeKeys keys = LookAlikeKeys.of(context.session());
        List<LookAlike> result = new ArrayList<>();
        stream(input, context.user(), monitor, row -> {
            List<Alike> alike = alike(context.session(), keys, row.customer());
            if (!alike.isEmpty()) {
                // the identical one first: it is the one an update would leave as it is
                Customer same = identical(customers(alike), row);
                List<CustomerSummary> summaries = new ArrayList<>();
                for (Alike a : alike) {
                    if (a.customer() == same) {
                        summaries.add(0, a.summary());
                    } else {
                        summaries.add(a.summary());
                    }
                }
                Customer c = row.customer();
                String details = String.join(" \u00b7 ", java.util.stream.Stream.of(c.getEmail(), c.getPhone(), c.getCity()) //$NON-NLS-1$
                        .filter(v -> v != null && !v.isBlank()).toList());
                result.add(new LookAlike(row.line(), c.getName(), details, summaries, same != null));
            }
        });
        return result;
    }

    /** A customer a record looks like: as listed, and whole. */
    private record Alike(CustomerSummary summary, Customer customer) {
    }

    /**
     * The customers a record looks like, as New Customer finds them; the database is asked only
     * when {@code keys} say one may.
     */
    private static List<Alike> alike(StoreSession session, LookAlikeKeys keys, Customer candidate)
            throws StoreException {
        if (!keys.mayMatch(candidate)) {
            return List.of();
        }
        List<Alike> result = new ArrayList<>();
        for (CustomerSummary summary : session.customers().findSimilar(candidate, LOOK_ALIKES)) {
            session.customers().find(summary.id()).ifPresent(c -> result.add(new Alike(summary, c)));
        }
        return result;
    }

    private static List<Customer> customers(List<Alike> alike) {
        return alike.stream().map(Alike::customer).toList();
    }

    /**
     * The first of {@code alike} that already holds what the record gives, or null: its cells, written
     * as the export writes them, equal the record's for every column of the file (an empty channel,
     * owner or since cell says nothing: the import fills it in).
     */
    private static Customer identical(List<Customer> alike, Row row) {
        List<String> ours = cells(row.customer());
        for (Customer existing : alike) {
            List<String> theirs = cells(existing);
            boolean same = true;
            for (Map.Entry<String, Integer> column : row.columns().entrySet()) {
                int index = COLUMNS.indexOf(column.getKey());
                if (!saysNothing(column.getKey(), row.cells().get(column.getValue()))
                        && !theirs.get(index).equals(ours.get(index))) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return existing;
            }
        }
        return null;
    }

    private static boolean saysNothing(String column, String cell) {
        return cell.isBlank() && (column.equals("channel") || column.equals("owner") || column.equals("since")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Writes the record's columns over {@code target}; the columns the file does not have stay. */
    private static void apply(Row row, Customer target) {
        Customer from = row.customer();
        for (Map.Entry<String, Integer> column : row.columns().entrySet()) {
            if (saysNothing(column.getKey(), row.cells().get(column.getValue()))) {
                continue;
            }
            switch (column.getKey()) {
            case "since" -> target.setCreatedAt(from.getCreatedAt()); //$NON-NLS-1$
            case "tags" -> { //$NON-NLS-1$
                target.getTags().clear();
                target.getTags().addAll(from.getTags());
            }
            case "contacts" -> { //$NON-NLS-1$
                target.getContacts().clear();
                target.getContacts().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(from.getContacts()));
            }
            default -> {
                EStructuralFeature feature = FEATURES.get(column.getKey());
                target.eSet(feature, from.eGet(feature));
            }
            }
        }
    }

    /** The columns that are one attribute each. */
    private static final Map<String, EStructuralFeature> FEATURES = Map.ofEntries(
            Map.entry("name", CandorPackage.Literals.CUSTOMER__NAME), //$NON-NLS-1$
            Map.entry("kind", CandorPackage.Literals.CUSTOMER__KIND), //$NON-NLS-1$
            Map.entry("organisation", CandorPackage.Literals.CUSTOMER__ORGANISATION), //$NON-NLS-1$
            Map.entry("email", CandorPackage.Literals.CUSTOMER__EMAIL), //$NON-NLS-1$
            Map.entry("phone", CandorPackage.Literals.CUSTOMER__PHONE), //$NON-NLS-1$
            Map.entry("city", CandorPackage.Literals.CUSTOMER__CITY), //$NON-NLS-1$
            Map.entry("country", CandorPackage.Literals.CUSTOMER__COUNTRY), //$NON-NLS-1$
            Map.entry("language", CandorPackage.Literals.CUSTOMER__PREFERRED_LANGUAGE), //$NON-NLS-1$
            Map.entry("channel", CandorPackage.Literals.CUSTOMER__PREFERRED_CHANNEL), //$NON-NLS-1$
            Map.entry("owner", CandorPackage.Literals.CUSTOMER__OWNER), //$NON-NLS-1$
            Map.entry("notes", CandorPackage.Literals.CUSTOMER__NOTES), //$NON-NLS-1$
            Map.entry("consent_marketing", CandorPackage.Literals.CUSTOMER__CONSENT_MARKETING), //$NON-NLS-1$
            Map.entry("consent_data_processing", CandorPackage.Literals.CUSTOMER__CONSENT_DATA_PROCESSING), //$NON-NLS-1$
            Map.entry("consent_recording", CandorPackage.Literals.CUSTOMER__CONSENT_RECORDING)); //$NON-NLS-1$

    private static Customer customer(List<String> cells, int width, Map<String, Integer> columns, String user,
            List<String> problems) {
        Customer customer = CandorFactory.eINSTANCE.createCustomer();
        if (cells.size() != width) {
            problems.add(Plurals.format(Messages.Customers_CellCount, cells.size(), width));
            return customer;
        }
        CandorPackage p = CandorPackage.eINSTANCE;
        set(customer, p.getCustomer_Name(), cell(cells, columns, "name")); //$NON-NLS-1$
        set(customer, p.getCustomer_Organisation(), cell(cells, columns, "organisation")); //$NON-NLS-1$
        set(customer, p.getCustomer_Email(), cell(cells, columns, "email")); //$NON-NLS-1$
        set(customer, p.getCustomer_Phone(), cell(cells, columns, "phone")); //$NON-NLS-1$
        set(customer, p.getCustomer_City(), cell(cells, columns, "city")); //$NON-NLS-1$
        set(customer, p.getCustomer_Country(), cell(cells, columns, "country")); //$NON-NLS-1$
        set(customer, p.getCustomer_Notes(), cell(cells, columns, "notes")); //$NON-NLS-1$
        String owner = cell(cells, columns, "owner"); //$NON-NLS-1$
        customer.setOwner(owner.isEmpty() ? user : owner);
        String kind = cell(cells, columns, "kind"); //$NON-NLS-1$
        if (!kind.isEmpty()) {
            CustomerKind value = CustomerKind.get(kind.toLowerCase(Locale.ROOT));
            if (value == null) {
                problems.add(NLS.bind(Messages.Customers_BadCode, new Object[] { "kind", kind, codes(CustomerKind.VALUES) })); //$NON-NLS-1$
            } else {
                customer.setKind(value);
            }
        }
        String language = cell(cells, columns, "language"); //$NON-NLS-1$
        if (!language.isEmpty()) {
            Language value = Language.get(language.toLowerCase(Locale.ROOT));
            if (value == null) {
                problems.add(NLS.bind(Messages.Customers_BadCode, new Object[] { "language", language, codes(Language.VALUES) })); //$NON-NLS-1$
            } else {
                customer.setPreferredLanguage(value);
            }
        }
        String channel = cell(cells, columns, "channel"); //$NON-NLS-1$
        if (channel.isEmpty()) {
            // the model's default (phone) would make every customer without a number invalid
            customer.setPreferredChannel(customer.getEmail() != null ? Channel.EMAIL
                    : customer.getPhone() != null ? Channel.PHONE : Channel.MEETING);
        } else {
            Channel value = Channel.get(channel.toLowerCase(Locale.ROOT));
            if (value == null) {
                problems.add(NLS.bind(Messages.Customers_BadCode, new Object[] { "channel", channel, codes(Channel.VALUES) })); //$NON-NLS-1$
            } else {
                customer.setPreferredChannel(value);
            }
        }
        for (String tag : cell(cells, columns, "tags").split(";")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (!tag.isBlank()) {
                customer.getTags().add(tag.strip());
            }
        }
        String since = cell(cells, columns, "since"); //$NON-NLS-1$
        if (!since.isEmpty()) {
            try {
                customer.setCreatedAt(java.util.Date.from(java.time.Instant.parse(since)));
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(NLS.bind(Messages.Customers_BadTime, since));
            }
        }
        customer.setConsentMarketing(yesNo(cell(cells, columns, "consent_marketing"), "consent_marketing", problems)); //$NON-NLS-1$ //$NON-NLS-2$
        customer.setConsentDataProcessing(
                yesNo(cell(cells, columns, "consent_data_processing"), "consent_data_processing", problems)); //$NON-NLS-1$ //$NON-NLS-2$
        customer.setConsentRecording(yesNo(cell(cells, columns, "consent_recording"), "consent_recording", problems)); //$NON-NLS-1$ //$NON-NLS-2$
        contacts(customer, cell(cells, columns, "contacts"), problems); //$NON-NLS-1$
        return customer;
    }

    private static boolean yesNo(String cell, String column, List<String> problems) {
        String value = cell.strip().toLowerCase(Locale.ROOT);
        switch (value) {
        case "", "false", "no", "0": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return false;
        case "true", "yes", "1": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return true;
        default:
            problems.add(NLS.bind(Messages.Customers_BadYesNo, column, cell.strip()));
            return false;
        }
    }

    /** The contacts cell: one contact per line, each a CSV record of name, role, email, phone, primary. */
    private static void contacts(Customer customer, String cell, List<String> problems) {
        if (cell.isBlank()) {
            return;
        }
        Csv.RecordReader records = new Csv.RecordReader(new java.io.StringReader(cell));
        try {
            int n = 0;
            for (List<String> c = records.next(); c != null; c = records.next()) {
                if (c.size() == 1 && c.get(0).isBlank()) {
                    continue;
                }
                n++;
                if (c.size() != CONTACT_CELLS) {
                    problems.add(Plurals.format(Messages.Customers_ContactCells, n, c.size()));
                    continue;
                }
                dev.candor.model.Contact contact = CandorFactory.eINSTANCE.createContact();
                contact.setName(c.get(0).strip());
                contact.setRole(blankToNull(c.get(1)));
                contact.setEmail(blankToNull(c.get(2)));
                contact.setPhone(blankToNull(c.get(3)));
                List<String> wrong = new ArrayList<>();
                contact.setPrimary(yesNo(c.get(4), "primary", wrong)); //$NON-NLS-1$
                for (String problem : wrong) {
                    problems.add(NLS.bind(Messages.Customers_BadContact, n, problem));
                }
                customer.getContacts().add(contact);
            }
        } catch (IOException | DataFormatException e) {
            problems.add(NLS.bind(Messages.Customers_BadContact, "", e.getMessage())); //$NON-NLS-1$
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String codes(List<? extends org.eclipse.emf.common.util.Enumerator> values) {
        return String.join(", ", values.stream().map(org.eclipse.emf.common.util.Enumerator::getLiteral).toList()); //$NON-NLS-1$
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : cells.get(index).strip(); //$NON-NLS-1$
    }

    private static void set(Customer customer, EStructuralFeature feature, String value) {
        if (!value.isEmpty()) {
            customer.eSet(feature, value);
        }
    }

    /** A customer's cells, in the order of {@link #COLUMNS}, as the export writes them. */
    private static List<String> cells(Customer c) {
        StringBuilder contacts = new StringBuilder();
        for (dev.candor.model.Contact contact : c.getContacts()) {
            try {
                Csv.write(contacts, Arrays.asList(contact.getName(), contact.getRole(), contact.getEmail(),
                        contact.getPhone(), String.valueOf(contact.isPrimary())));
            } catch (IOException e) {
                throw new IllegalStateException(e); // a StringBuilder does not fail
            }
        }
        return Arrays.asList(text(c.getName()), c.getKind().getLiteral(), text(c.getOrganisation()), text(c.getEmail()),
                text(c.getPhone()), text(c.getCity()), text(c.getCountry()),
                c.getPreferredLanguage() == null ? "" : c.getPreferredLanguage().getLiteral(), //$NON-NLS-1$
                c.getPreferredChannel() == null ? "" : c.getPreferredChannel().getLiteral(), text(c.getOwner()), //$NON-NLS-1$
                String.join(";", c.getTags()), text(c.getNotes()), //$NON-NLS-1$
                c.getCreatedAt() == null ? "" : c.getCreatedAt().toInstant().toString(), //$NON-NLS-1$
                String.valueOf(c.isConsentMarketing()), String.valueOf(c.isConsentDataProcessing()),
                String.valueOf(c.isConsentRecording()), contacts.toString().replace("\r\n", "\n").strip()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }

    @Override
    public int write(StoreSession session, Writer output, IProgressMonitor monitor) throws IOException, StoreException {
        List<CustomerSummary> all = session.customers().firstSummariesByName(Integer.MAX_VALUE);
        SubMonitor progress = SubMonitor.convert(monitor, Plurals.format(Messages.Customers_Writing, all.size()), all.size());
        Csv.write(output, COLUMNS);
        int written = 0;
        for (CustomerSummary summary : all) {
            if (written % CHUNK == 0 && progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Customer c = session.customers().find(summary.id()).orElse(null);
            if (c == null) {
                continue; // deleted meanwhile
            }
            Csv.write(output, cells(c));
            written++;
            progress.worked(1);
        }
        return written;
    }
}
