package dev.candor.examples.feedback.tests;

import dev.candor.examples.feedback.ui.internal.FeedbackProbe;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.Before;
import org.junit.Test;

import dev.candor.commitments.BusinessCalendar;
import dev.candor.ethics.Findings;
import dev.candor.ethics.ReviewContext;
import dev.candor.examples.feedback.Answer;
import dev.candor.examples.feedback.FeedbackDue;
import dev.candor.examples.feedback.FeedbackService;
import dev.candor.examples.feedback.Nps;
import dev.candor.examples.feedback.internal.Answers;
import dev.candor.examples.feedback.internal.FeedbackAnsweredCheck;
import dev.candor.examples.feedback.ui.internal.FeedbackRows;
import dev.candor.examples.feedback.ui.internal.FeedbackView;
import dev.candor.examples.feedback.ui.internal.NpsChart;
import dev.candor.exchange.DataFormatException;
import dev.candor.exchange.ExchangeService;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Customer;
import dev.candor.model.Interaction;
import dev.candor.store.CandorStore;
import dev.candor.ui.CandorUi;
import dev.candor.ui.Services;

/**
 * The example extension in the running product: its NPS and due rule, its ethics check,
 * its importer through the public Importer API, and its view, profile section and chart.
 */
public class ExampleFeedbackTest {

    private static final BusinessCalendar CALENDAR = BusinessCalendar.standard(ZoneOffset.UTC);
    private CandorStore store;
    private IWorkbenchWindow window;

    private final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Before
    public void listenForErrors() {
        org.eclipse.core.runtime.Platform.addLogListener((status, plugin) -> {
            if (status.getSeverity() == org.eclipse.core.runtime.IStatus.ERROR) {
                errors.add(status.getMessage());
            }
        });
    }

    @Before
    public void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setSize(1500, 950);
        store = service(CandorStore.class);
    }

    /** A service of the running Candor, once the database is open. */
    static <S> S service(Class<S> type) {
        waitUntil("the " + type.getSimpleName(), 120_000, () -> Services.get(type).isPresent());
        return Services.get(type).orElseThrow();
    }

    static void waitUntil(String what, long millis, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    private static Answer feedback(int rating, Instant received, Instant answered) {
        return new Answer(0, 0, 0, null, received, rating, null, answered, null);
    }

    private static Instant utc(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZoneOffset.UTC).toInstant();
    }

    @Test
    public void npsCountsPromotersAgainstDetractorsAndAnswersAreDueInTwoBusinessDays() {
        Instant t = utc(2026, 11, 18, 9);
        Nps nps = Nps.of(List.of(feedback(10, t, null), feedback(9, t, null), feedback(8, t, null), feedback(3, t, null)));
        assertEquals(4, nps.answers());
        assertEquals(25.0, nps.score(), 0.001);
        assertTrue(Double.isNaN(Nps.of(List.of()).score()));
        assertEquals(Nps.Category.PASSIVE, Nps.category(7));
        // Friday 14:00 -> due Tuesday 14:00 (the weekend does not count)
        Answer friday = feedback(4, utc(2026, 11, 20, 14), null);
        assertEquals(utc(2026, 11, 24, 14), FeedbackDue.due(friday, CALENDAR));
        assertFalse(FeedbackDue.lateAt(friday, CALENDAR, utc(2026, 11, 24, 13)));
        assertTrue(FeedbackDue.lateAt(friday, CALENDAR, utc(2026, 11, 24, 15)));
        friday = friday.answered(utc(2026, 11, 23, 9), null);
        assertFalse("answered on Monday", FeedbackDue.lateAt(friday, CALENDAR, utc(2026, 12, 1, 9)));
        assertEquals(1, FeedbackDue.businessDaysWaited(friday, CALENDAR, utc(2026, 12, 1, 9)));
    }

    private static final class Collected implements Findings {
        final List<String> failures = new ArrayList<>();
        String notApplicable;

        @Override
        public void fail(int start, int end, String comment) {
            failures.add(comment);
        }

        @Override
        public void fail(String comment) {
            failures.add(comment);
        }

        @Override
        public void notApplicable(String comment) {
            notApplicable = comment;
        }
    }

    private static Collected check(Instant interactionAt, Answer... feedback) {
        Interaction call = CandorFactory.eINSTANCE.createInteraction();
        call.setChannel(Channel.EMAIL);
        call.setSubject("Follow-up");
        call.setStartedAt(Date.from(interactionAt));
        Collected found = new Collected();
        new FeedbackAnsweredCheck().check(ReviewContext.builder(call).data(FeedbackAnsweredCheck.ID, List.of(feedback)).calendar(CALENDAR)
                .now(interactionAt.toEpochMilli()).build(), found);
        return found;
    }

    @Test
    public void theCheckFailsFeedbackLeftWaitingPastTwoBusinessDays() {
        Instant tuesdayNoon = utc(2026, 11, 24, 12);
        assertNotNull("no feedback before: does not apply", check(tuesdayNoon).notApplicable);
        assertNotNull("feedback only after the interaction: does not apply",
                check(tuesdayNoon, feedback(2, utc(2026, 11, 25, 9), null)).notApplicable);
        assertEquals("answered in time", List.of(),
                check(tuesdayNoon, feedback(3, utc(2026, 11, 18, 9), utc(2026, 11, 19, 9))).failures);
        assertEquals("not due yet", List.of(), check(tuesdayNoon, feedback(3, utc(2026, 11, 23, 9), null)).failures);
        List<String> unanswered = check(tuesdayNoon, feedback(3, utc(2026, 11, 18, 9), null)).failures;
        assertEquals(1, unanswered.size());
        assertTrue(unanswered.get(0), unanswered.get(0).contains("still unanswered after 4 business days")
                && unanswered.get(0).contains("score 3"));
        List<String> late = check(tuesdayNoon, feedback(5, utc(2026, 11, 16, 9), utc(2026, 11, 20, 9)),
                feedback(6, utc(2026, 11, 2, 9), null)).failures;
        assertEquals(1, late.size());
        assertTrue(late.get(0), late.get(0).contains("answered after 4 business days") && late.get(0).contains("and 1 more late"));
    }

    private Customer customer(String email) throws Exception {
        Customer c = CandorFactory.eINSTANCE.createCustomer();
        c.setName("Feedback Test " + System.nanoTime());
        c.setOwner(CandorUi.currentUser());
        c.setEmail(email);
        c.setPreferredChannel(Channel.EMAIL);
        return store.call(s -> s.customers().save(c));
    }

    /** Imports a survey file through Candor's exchange service, as File > Import Data does. */
    private int importSurvey(String csv) throws Exception {
        Path file = Files.createTempFile("survey", ".csv");
        try {
            Files.writeString(file, csv, java.nio.charset.StandardCharsets.UTF_8);
            return service(ExchangeService.class).importFile("dev.candor.examples.feedback.surveys", file,
                    new NullProgressMonitor());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    public void surveyAnswersAreImportedWholeOrNotAtAll() throws Exception {
        String email = "survey" + System.nanoTime() + "@example.com";
        Customer c = customer(email);
        String good = "email,received,score,comment\n" + email.toUpperCase() + ",2026-11-20,9,\"Quick, kind help\"\n"
                + email + ",2026-11-21T10:15,4,Waited too long\n";
        assertEquals(2, importSurvey(good));
        FeedbackService feedback = service(FeedbackService.class);
        List<Answer> theirs = feedback.listForCustomer(c.getId());
        assertEquals(List.of(4, 9), theirs.stream().map(Answer::rating).toList());
        assertEquals("Quick, kind help", theirs.get(1).text());

        String bad = "email,received,score\nnobody@example.com,2026-11-20,9\n" + email + ",yesterday,11\n";
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> importSurvey(bad));
        assertEquals(e.getProblems().toString(), 3, e.getProblems().size());
        assertEquals("Line 2: no customer has the e-mail “nobody@example.com”", e.getProblems().get(0));
        assertTrue(e.getProblems().get(1), e.getProblems().get(1).startsWith("Line 3: “yesterday” is not a date"));
        assertTrue(e.getProblems().get(2), e.getProblems().get(2).startsWith("Line 3: the score “11”"));
        assertEquals(2, feedback.listForCustomer(c.getId()).size());
    }

    @Test
    public void theViewTheProfileSectionAndTheChartShowTheFeedback() throws Exception {
        Customer c = customer("view" + System.nanoTime() + "@example.com");
        // relative to the product's clock, which the view asks too
        Instant now = CandorUi.clock().instant();
        Answer overdue = store.call(s -> new Answers(s.sql()).insert(Answer.received(c.getId(), null,
                now.minusSeconds(6 * 86_400L), 2, "Nobody called back about the invoice")));
        store.call(s -> new Answers(s.sql()).insert(Answer.received(c.getId(), null, now.minusSeconds(3_600), 10,
                "Excellent, thank you")));

        IWorkbenchPage page = window.getActivePage();
        FeedbackView view = (FeedbackView) page.showView(FeedbackView.ID);
        view.load();
        waitUntil("the view to list the new feedback", 30_000, () -> FeedbackProbe.shown(view) != null
                && FeedbackProbe.shown(view).rows().stream().anyMatch(r -> r.feedback().id() == overdue.id()));
        FeedbackRows.Row first = FeedbackProbe.shown(view).rows().get(0);
        assertTrue("overdue first", first.overdue());
        assertTrue(FeedbackProbe.shown(view).summary(), FeedbackProbe.shown(view).summary().startsWith("Last 90 days: NPS "));
        screenshot(window.getShell(), "example-feedback-view");
        assertEquals("errors logged", List.of(), errors);

        view.saveAnswer(overdue, "Called back, credit note sent").join();
        waitUntil("the answer to show", 30_000, () -> FeedbackProbe.shown(view) != null && FeedbackProbe.shown(view).rows().stream()
                .anyMatch(r -> r.feedback().id() == overdue.id() && !r.waiting()));
        assertEquals("Called back, credit note sent",
                service(FeedbackService.class).find(overdue.id()).orElseThrow().actionTaken());

        ICommandService commands = window.getService(ICommandService.class);
        window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(
                commands.getCommand(CandorUi.COMMAND_OPEN_CUSTOMER),
                Map.of(CandorUi.PARAMETER_CUSTOMER_ID, Long.toString(c.getId()))), null);
        waitUntil("the profile's feedback section", 30_000,
                () -> find(window.getShell(), l -> l.getText().equals("+0 from 2 answers")) != null);
        assertNotNull(find(window.getShell(), l -> l.getText().equals("Every piece was answered") || l.getText().startsWith("1,")));
        screenshot(window.getShell(), "example-feedback-profile");
        page.closeAllEditors(false);

        NpsChart.Months months = (NpsChart.Months) new NpsChart().read(now.minusSeconds(40 * 86_400L));
        assertFalse(months.months().isEmpty());
        assertEquals(java.time.YearMonth.from(now.atZone(CandorUi.clock().getZone())).toString(),
                months.months().get(months.months().size() - 1));
    }

    private static Label find(Composite parent, java.util.function.Predicate<Label> test) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && !label.isDisposed() && test.test(label)) {
                return label;
            }
            if (child instanceof Composite composite) {
                Label found = find(composite, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void screenshot(Shell shell, String name) throws Exception {
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // let the views paint
        }
        Image image = new Image(display, shell.getBounds().width, shell.getBounds().height);
        GC gc = new GC(shell);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        Path folder = Path.of(System.getProperty("candor.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        loader.save(folder.resolve(name + ".png").toString(), org.eclipse.swt.SWT.IMAGE_PNG);
        image.dispose();
    }
}
