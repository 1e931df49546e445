package dev.candor.examples.feedback.ui.internal;

import java.text.DateFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import dev.candor.commitments.BusinessCalendar;
import dev.candor.examples.feedback.Answer;
import dev.candor.examples.feedback.FeedbackDue;
import dev.candor.examples.feedback.FeedbackService;
import dev.candor.examples.feedback.Nps;
import dev.candor.profiles.CustomerService;
import dev.candor.store.CustomerSummary;
import dev.candor.store.StoreException;
import dev.candor.nls.Plurals;

/** The team's feedback of a period as the view shows it: waiting ones first, the most overdue on top. */
public record FeedbackRows(List<Row> rows, Nps nps, int waiting, int overdue) {

    /** The period the view shows. */
    static final int DAYS = 90;
    static final int LIMIT = 5_000;

    public record Row(Answer feedback, String customer, boolean waiting, boolean overdue, int businessDays) {
    }

    /** Business days as the example counts them: Monday to Friday, 9 to 17 in {@code zone}. */
    static BusinessCalendar calendar(java.time.ZoneId zone) {
        return BusinessCalendar.standard(zone);
    }

    /** The feedback of the last {@value #DAYS} days as of the clock's time, business days in its zone. */
    public static FeedbackRows read(FeedbackService service, CustomerService customers, java.time.Clock clock)
            throws StoreException {
        Instant now = clock.instant();
        List<Answer> feedback = service.listReceived(now.minusSeconds(DAYS * 86_400L), now.plusSeconds(1), LIMIT);
        List<Long> ids = feedback.stream().map(Answer::customerId).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        for (CustomerSummary summary : customers.summaries(ids)) {
            names.put(summary.id(), summary.name());
        }
        BusinessCalendar calendar = calendar(clock.getZone());
        List<Row> rows = new ArrayList<>();
        int waiting = 0;
        int overdue = 0;
        for (Answer f : feedback) {
            boolean open = !f.isAnswered();
            boolean late = open && FeedbackDue.lateAt(f, calendar, now);
            waiting += open ? 1 : 0;
            overdue += late ? 1 : 0;
            rows.add(new Row(f, names.getOrDefault(f.customerId(), "#" + f.customerId()), open, late, //$NON-NLS-1$
                    FeedbackDue.businessDaysWaited(f, calendar, now)));
        }
        rows.sort(Comparator.comparing((Row r) -> !r.overdue()).thenComparing(r -> !r.waiting())
                .thenComparing(r -> r.feedback().receivedAt(), Comparator.reverseOrder()));
        return new FeedbackRows(rows, Nps.of(feedback), waiting, overdue);
    }

    /** The view's summary line. */
    public String summary() {
        if (rows.isEmpty()) {
            return Plurals.format(Messages.View_None, DAYS);
        }
        return Plurals.format(Messages.View_Summary, new Object[] { DAYS, score(nps), nps.answers(), waiting, overdue });
    }

    static String score(Nps nps) {
        return Double.isNaN(nps.score()) ? "–" : String.format("%+.0f", nps.score()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** What the Answer column says of a row. */
    static String answer(Row row) {
        Answer f = row.feedback();
        if (!row.waiting()) {
            String when = DateFormat.getDateInstance(DateFormat.MEDIUM).format(Date.from(f.answeredAt()));
            return f.actionTaken() == null || f.actionTaken().isBlank() ? NLS.bind(Messages.Answer_Answered, when)
                    : NLS.bind(Messages.Answer_AnsweredWith, when, f.actionTaken());
        }
        return row.overdue() ? Plurals.format(Messages.Answer_Overdue, row.businessDays())
                : Plurals.format(Messages.Answer_Waiting, row.businessDays(), FeedbackDue.BUSINESS_DAYS);
    }
}
