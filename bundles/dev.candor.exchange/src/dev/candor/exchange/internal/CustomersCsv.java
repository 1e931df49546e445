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
import dev.candor.exchange.ImportContext;
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
 * the codes the export writes (organisation/person, en/ru/uk/pl/hu, phone/email/…).
 */
public final class CustomersCsv implements Importer, Exporter {

    static final List<String> COLUMNS = List.of("name", "kind", "organisation", "email", "phone", "city", "country", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "language", "channel", "owner", "tags", "notes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final int CHUNK = 500;

    @Override
    public int read(Reader input, ImportContext context, IProgressMonitor monitor)
            throws DataFormatException, IOException, StoreException {
        StoreSession session = context.session();
        String user = context.user();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Customers_Reading, 100);
        Csv.RecordReader records = new Csv.RecordReader(input);
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
        List<Customer> customers = new ArrayList<>();
        LineProblems wrong = new LineProblems();
        for (List<String> cells = records.next(); cells != null; cells = records.next()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            int line = records.line();
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue; // an empty line
            }
            List<String> found = new ArrayList<>();
            Customer customer = customer(cells, header.size(), columns, user, found);
            if (found.isEmpty()) {
                for (Problem problem : ModelValidation.validate(customer)) {
                    found.add(problem.message());
                }
            }
            wrong.addAll(line, found);
            customers.add(customer);
        }
        wrong.throwIfAny();
        progress.setWorkRemaining(customers.size());
        progress.subTask(Plurals.format(Messages.Customers_Saving, customers.size()));
        for (int i = 0; i < customers.size(); i++) {
            if (i % CHUNK == 0 && progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            session.customers().save(customers.get(i));
            progress.worked(1);
        }
        return customers.size();
    }

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
        return customer;
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
            Csv.write(output, Arrays.asList(c.getName(), c.getKind().getLiteral(), c.getOrganisation(), c.getEmail(),
                    c.getPhone(), c.getCity(), c.getCountry(),
                    c.getPreferredLanguage() == null ? "" : c.getPreferredLanguage().getLiteral(), //$NON-NLS-1$
                    c.getPreferredChannel() == null ? "" : c.getPreferredChannel().getLiteral(), c.getOwner(), //$NON-NLS-1$
                    String.join(";", c.getTags()), c.getNotes())); //$NON-NLS-1$
            written++;
            progress.worked(1);
        }
        return written;
    }
}
