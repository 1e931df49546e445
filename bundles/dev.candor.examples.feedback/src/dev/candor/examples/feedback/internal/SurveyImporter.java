package dev.candor.examples.feedback.internal;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.candor.exchange.Csv;
import dev.candor.exchange.DataFormatException;
import dev.candor.exchange.ImportContext;
import dev.candor.exchange.Importer;
import dev.candor.exchange.LineProblems;
import dev.candor.examples.feedback.Answer;
import dev.candor.store.StoreException;
import dev.candor.store.StoreSession;

/**
 * Survey answers as CSV: {@code email,received,score,comment} (a header line first;
 * {@code comment} may be left out). The e-mail names the customer; {@code received} is
 * a date ({@code 2026-11-20}) or a date and time; the score is 0 to 10.
 */
public final class SurveyImporter implements Importer {

    static final List<String> COLUMNS = List.of("email", "received", "score", "comment"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    @Override
    public int read(Reader input, ImportContext context, IProgressMonitor monitor)
            throws DataFormatException, IOException, StoreException {
        StoreSession session = context.session();
        ZoneId zone = context.clock().getZone();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Import_Reading, 100);
        Csv.RecordReader records = new Csv.RecordReader(input);
        List<String> header = records.next();
        if (header == null) {
            throw new DataFormatException(List.of(Messages.Import_Empty));
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>();
        for (String required : COLUMNS.subList(0, 3)) {
            if (!columns.containsKey(required)) {
                missing.add(NLS.bind(Messages.Import_MissingColumn, required));
            }
        }
        if (!missing.isEmpty()) {
            throw new DataFormatException(missing);
        }
        Map<String, Long> customers = new HashMap<>();
        session.customers().forEachSummary(c -> {
            if (c.email() != null) {
                customers.putIfAbsent(c.email().toLowerCase(Locale.ROOT), c.id());
            }
        });
        LineProblems problems = new LineProblems();
        List<Answer> answers = new ArrayList<>();
        for (List<String> cells = records.next(); cells != null; cells = records.next()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            List<String> found = new ArrayList<>();
            Answer answer = answer(cells, columns, customers, zone, found);
            problems.addAll(records.line(), found);
            answers.add(answer);
        }
        problems.throwIfAny();
        progress.setWorkRemaining(answers.size());
        Answers table = new Answers(session.sql());
        for (Answer answer : answers) {
            table.insert(answer);
            progress.worked(1);
        }
        return answers.size();
    }

    private static Answer answer(List<String> cells, Map<String, Integer> columns, Map<String, Long> customers,
            ZoneId zone, List<String> problems) {
        String email = cell(cells, columns, "email"); //$NON-NLS-1$
        Long customer = customers.get(email.toLowerCase(Locale.ROOT));
        if (customer == null) {
            problems.add(NLS.bind(Messages.Import_UnknownCustomer, email));
        }
        String received = cell(cells, columns, "received"); //$NON-NLS-1$
        Instant when = parseTime(received, zone);
        if (when == null) {
            problems.add(NLS.bind(Messages.Import_BadTime, received));
        }
        String score = cell(cells, columns, "score"); //$NON-NLS-1$
        int rating = -1;
        try {
            rating = Integer.parseInt(score);
            if (rating < 0 || rating > 10) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problems.add(NLS.bind(Messages.Import_BadScore, score));
        }
        String comment = cell(cells, columns, "comment"); //$NON-NLS-1$
        return Answer.received(customer == null ? 0 : customer, null, when, rating, comment.isEmpty() ? null : comment);
    }

    /** An instant with an offset, else a local date and time, else a date (at noon), local ones in {@code zone}. */
    static Instant parseTime(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atTime(12, 0).atZone(zone).toInstant();
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        }
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.size() ? "" : cells.get(index).strip(); //$NON-NLS-1$
    }
}
