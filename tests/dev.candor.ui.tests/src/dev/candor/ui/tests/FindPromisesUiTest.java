package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Date;
import java.util.List;

import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import dev.candor.model.CandorFactory;
import dev.candor.model.Channel;
import dev.candor.model.Customer;
import dev.candor.model.Direction;
import dev.candor.model.Interaction;
import dev.candor.store.CandorStore;

/**
 * "Find Promises Again" on an interaction logged earlier (its suggestions dismissed, or lost when
 * Candor stopped while it offered them): the same offer again, without the promises already
 * tracked from it.
 */
public class FindPromisesUiTest {

    private IWorkbenchWindow window;
    private CandorStore store;
    private long customerId;

    @Before
    public void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setSize(1400, 900);
        store = UiTestSupport.seededStore();
    }

    private void findPromises(Interaction interaction) throws Exception {
        IHandlerService handlers = window.getService(IHandlerService.class);
        ICommandService commands = window.getService(ICommandService.class);
        IEvaluationContext context = handlers.createContextSnapshot(true);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(interaction));
        handlers.executeCommandInContext(new ParameterizedCommand(
                commands.getCommand("dev.candor.commitments.ui.commands.findPromises"), null), null, context);
    }

    @Test
    public void anInteractionsPromisesAreOfferedAgainWithoutTheTrackedOnes() throws Exception {
        Customer customer = UiTestSupport.customer("Northwind Traders " + System.nanoTime(),
                "orders@northwind.example.com", "ewa.nowak");
        customerId = store.call(s -> s.customers().save(customer)).getId();
        Interaction call = CandorFactory.eINSTANCE.createInteraction();
        call.setCustomerId(customerId);
        call.setChannel(Channel.PHONE);
        call.setDirection(Direction.OUTBOUND);
        call.setStartedAt(new Date(dev.candor.ui.CandorUi.clock().millis() - 3_600_000L));
        call.setSubject("Delivery dates");
        call.setNotes("Thanks for your patience. I will send you the revised offer by Friday.");
        call.setAccountManager("ewa.nowak");
        store.call(s -> s.interactions().save(call));

        int[] offered = { -1 };
        UiTestSupport.whenShellOpens("Promises in This Interaction", shell -> {
            offered[0] = UiTestSupport.find(shell, Button.class, b -> b.getText().startsWith("Create commitments")) == null
                    ? -1 : 1;
            try {
                UiTestSupport.screenshot(shell, "find-promises-again");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            UiTestSupport.press(shell, "Create commitments (1)");
        });
        findPromises(call);
        UiTestSupport.waitUntil("the promise to be tracked", 30_000, () -> {
            try {
                return store.call(s -> s.commitments().summaries(customerId, true)).size() == 1;
            } catch (Exception e) {
                return false;
            }
        });
        assertEquals("the offer was shown", 1, offered[0]);
        List<dev.candor.store.CommitmentSummary> tracked = store.call(s -> s.commitments().summaries(customerId, true));
        assertTrue(tracked.get(0).description(), tracked.get(0).description().contains("revised offer"));

        String[] said = { null };
        UiTestSupport.whenShellOpens("Find Promises Again", shell -> {
            said[0] = UiTestSupport.find(shell, org.eclipse.swt.widgets.Label.class,
                    l -> l.getText().contains("no promise")).getText();
            UiTestSupport.press(shell, "OK");
        });
        findPromises(call);
        UiTestSupport.waitUntil("the answer that everything is tracked", 30_000, () -> said[0] != null);
        assertTrue(said[0], said[0].contains("makes no promise that is not tracked already"));
    }

    /** The demo data set stays as the other tests expect it: the customer goes with its records. */
    @After
    public void removeTheCustomer() throws Exception {
        UiTestSupport.removeCustomer(store, customerId);
    }
}
