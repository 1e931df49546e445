package dev.candor.ui.tests;

import dev.candor.profiles.ui.internal.ProfilesProbe;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.commitments.CommitmentService;
import dev.candor.commitments.Commitments;
import dev.candor.ethics.ReviewService;
import dev.candor.history.InteractionService;
import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Commitment;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.model.Priority;
import dev.candor.profiles.ui.internal.ProfileEditor;
import dev.candor.store.CandorStore;
import dev.candor.store.CustomerSummary;
import dev.candor.ui.CandorUi;

/**
 * The profile's header (open and overdue commitments, last contact, ethics score) follows what
 * other views change about the customer, without the user doing anything, and F5 reads it again.
 */
public class ProfileHeaderUiTest {

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private CandorStore store;

    @Before
    public void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        window.getShell().setSize(1400, 900);
        store = UiTestSupport.seededStore();
    }

    @After
    public void tearDown() {
        page.closeAllEditors(false);
        UiTestSupport.flush();
    }

    /** The header's labels: four captions, four values, four details, in that order. */
    private static List<Label> header(ProfileEditor editor) {
        Label caption = UiTestSupport.find(ProfilesProbe.getForm(editor).getBody(), Label.class,
                l -> "Open commitments".equals(l.getText()));
        assertTrue("the header is shown", caption != null);
        Composite composite = caption.getParent();
        List<Label> labels = new java.util.ArrayList<>();
        for (Control child : composite.getChildren()) {
            labels.add((Label) child);
        }
        assertEquals(12, labels.size());
        return labels;
    }

    private static String open(List<Label> header) {
        return header.get(4).getText();
    }

    private static String lastContact(List<Label> header) {
        return header.get(9).getText();
    }

    private static String reviews(List<Label> header) {
        return header.get(10).getText();
    }

    @Test
    public void theHeaderFollowsCommitmentsInteractionsReviewsAndF5() throws Exception {
        // a customer not contacted for two days or more: "today" in the header can only come from the call below
        Instant now = CandorUi.clock().instant();
        CustomerSummary customer = null;
        for (CustomerSummary c : store.call(s -> s.customers().firstSummariesByName(200))) {
            List<Interaction> newest = store.call(s -> s.interactions().listForCustomer(c.id(), 0, 1));
            if (newest.isEmpty() || newest.get(0).getStartedAt().toInstant().isBefore(now.minusSeconds(2 * 86_400))) {
                customer = c;
                break;
            }
        }
        assertTrue("the demo data has a customer not contacted lately", customer != null);
        CustomerSummary target = customer;
        long id = target.id();
        UiTestSupport.execute(window, CandorUi.COMMAND_OPEN_CUSTOMER,
                Map.of(CandorUi.PARAMETER_CUSTOMER_ID, Long.toString(id)));
        UiTestSupport.waitUntil("the profile editor", 20_000, () -> page.getActiveEditor() instanceof ProfileEditor e
                && ProfilesProbe.getCustomer(e) != null && ProfilesProbe.getCustomer(e).getId() == id);
        ProfileEditor editor = (ProfileEditor) page.getActiveEditor();
        UiTestSupport.waitUntil("the header's figures", 20_000, () -> {
            List<Label> h = header(editor);
            return !open(h).equals("\u2026");
        });
        List<Label> header = header(editor);
        int before = Integer.parseInt(open(header));
        String reviewsBefore = reviews(header);
        assertTrue(lastContact(header), !lastContact(header).endsWith("today"));

        // a commitment made elsewhere (the Commitments view, a colleague): the count follows
        Commitment promised = Commitments.promise(id, "Send the price list", CandorUi.currentUser(),
                target.name(), now.plusSeconds(3 * 86_400), Priority.MEDIUM, null, now);
        UiTestSupport.service(CommitmentService.class).promise(List.of(promised));
        UiTestSupport.waitUntil("the header to count the new commitment", 10_000,
                () -> open(header).equals(Integer.toString(before + 1)));

        // a call logged in the history: the last contact is today, by phone
        Interaction call = CandorFactory.eINSTANCE.createInteraction();
        call.setCustomerId(id);
        call.setChannel(Channel.PHONE);
        call.setDirection(Direction.OUTBOUND);
        call.setStartedAt(Date.from(now.minusSeconds(600)));
        call.setSubject("Price list questions");
        call.setNotes("Good afternoon. Thank you for your time; I answered the questions about the price list.");
        call.setAccountManager(CandorUi.currentUser());
        UiTestSupport.service(InteractionService.class).log(call);
        UiTestSupport.waitUntil("the header to show the call", 10_000,
                () -> lastContact(header).startsWith("Phone") && lastContact(header).endsWith("today"));

        // the call reviewed (Review All): the header's score counts the review
        UiTestSupport.service(ReviewService.class).reviewUnreviewed(new NullProgressMonitor());
        UiTestSupport.waitUntil("the header to count the review", 30_000,
                () -> !reviews(header).equals(reviewsBefore));
        UiTestSupport.screenshot(window.getShell(), "profile-header-followed");

        // a change no event announced (written past the services, as another program could): F5 reads it
        store.call(s -> s.commitments().save(Commitments.promise(id, "Call back about delivery",
                CandorUi.currentUser(), target.name(), now.plusSeconds(86_400), Priority.HIGH, null, now)));
        UiTestSupport.flush();
        assertEquals("nothing announced it", Integer.toString(before + 1), open(header));
        page.activate(editor);
        UiTestSupport.execute(window, "dev.candor.ui.commands.refresh", Map.of());
        UiTestSupport.waitUntil("F5 to read the header again", 10_000,
                () -> open(header).equals(Integer.toString(before + 2)));
    }
}
