package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.Before;
import org.junit.Test;

import dev.candor.exchange.ui.internal.ExchangeDialog;
import dev.candor.exchange.ui.internal.ExchangeJobs;
import dev.candor.exchange.ui.internal.ExchangeJobs.Outcome;
import dev.candor.store.CandorStore;

/** File > Import Data and File > Export Data driven through their dialog, as a user would. */
public class ExchangeUiTest {

    private IWorkbenchWindow window;
    private CandorStore store;

    @Before
    public void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        store = UiTestSupport.seededStore();
    }

    /**
     * Fills the dialog that the command opens with {@code file}, screenshots it, presses
     * {@code button}, then screenshots and closes the dialog telling the outcome.
     */
    private Job run(String command, String title, Path file, String button, String screenshot) throws Exception {
        boolean[] told = new boolean[1];
        UiTestSupport.whenShellOpens(title, shell -> {
            ExchangeDialog dialog = (ExchangeDialog) shell.getData();
            dialog.fileText().setText(file.toString());
            UiTestSupport.flush();
            shot(shell, screenshot);
            // the outcome comes in a dialog of the same title once the job is done
            UiTestSupport.whenShellOpens(title, outcome -> {
                shot(outcome, screenshot + "-outcome");
                told[0] = true;
                UiTestSupport.press(outcome, "OK");
            });
            UiTestSupport.press(shell, button);
        });
        Job job = (Job) UiTestSupport.execute(window, command, Map.of());
        UiTestSupport.waitUntil("the job to finish and tell", 120_000, () -> job.getResult() != null && told[0]);
        return job;
    }

    private static void shot(Shell shell, String name) {
        try {
            UiTestSupport.screenshot(shell, name);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void customersAreImportedFromAFileAndAWrongFileImportsNothing() throws Exception {
        long before = store.call(s -> s.customers().count());
        Path dir = Files.createTempDirectory("import");
        Path good = dir.resolve("new-customers.csv");
        Files.writeString(good, "name,email,city,language\nTisza Gépgyártó Kft.,info@tisza.example.hu,Szeged,hu\n"
                + "Дніпро Логістик ТОВ,office@dnipro.example.ua,Дніпро,uk\n", StandardCharsets.UTF_8);
        Job job = run("dev.candor.exchange.ui.commands.import", "Import Data", good, "Import", "import-dialog");
        Outcome outcome = (Outcome) job.getProperty(ExchangeJobs.OUTCOME);
        assertEquals(outcome.message(), IStatus.INFO, outcome.severity());
        assertTrue(outcome.message(), outcome.message().startsWith("2 records imported as Customers (CSV)"));
        assertEquals(before + 2, (long) store.call(s -> s.customers().count()));

        Path wrong = dir.resolve("wrong.csv");
        Files.writeString(wrong, "name,email\nBroken Ltd,broken-at-example\n", StandardCharsets.UTF_8);
        outcome = (Outcome) run("dev.candor.exchange.ui.commands.import", "Import Data", wrong, "Import", "import-dialog-wrong")
                .getProperty(ExchangeJobs.OUTCOME);
        assertEquals(IStatus.WARNING, outcome.severity());
        assertTrue(outcome.message(), outcome.message().startsWith("Nothing was imported from wrong.csv")
                && outcome.message().contains("Line 2: E-mail"));
        assertEquals(before + 2, (long) store.call(s -> s.customers().count()));
    }

    @Test
    public void theDialogSaysWhatIsMissingBeforeItRuns() throws Exception {
        Path dir = Files.createTempDirectory("export");
        boolean[] told = new boolean[1];
        UiTestSupport.whenShellOpens("Export Data", shell -> {
            ExchangeDialog dialog = (ExchangeDialog) shell.getData();
            Button export = UiTestSupport.find(shell, Button.class, b -> b.getText().equals("Export"));
            dialog.fileText().setText(dir.resolve("missing-folder/customers.csv").toString());
            UiTestSupport.flush();
            assertFalse(export.isEnabled());
            assertTrue(dialog.getErrorMessage(), dialog.getErrorMessage().startsWith("The folder "));
            dialog.fileText().setText(dir.toString());
            assertTrue(dialog.getErrorMessage(), dialog.getErrorMessage().endsWith("is a folder; name a file in it."));
            dialog.fileText().setText(dir.resolve("customers.csv").toString());
            assertTrue(export.isEnabled());
            // registered last: the flush above would let it find this dialog instead of the outcome
            UiTestSupport.whenShellOpens("Export Data", outcome -> {
                told[0] = true;
                UiTestSupport.press(outcome, "OK");
            });
            UiTestSupport.press(shell, "Export");
        });
        Job job = (Job) UiTestSupport.execute(window, "dev.candor.exchange.ui.commands.export", Map.of());
        UiTestSupport.waitUntil("the export", 120_000, () -> job.getResult() != null && told[0]);
        Outcome outcome = (Outcome) job.getProperty(ExchangeJobs.OUTCOME);
        assertEquals(outcome.message(), IStatus.INFO, outcome.severity());
        long lines = Files.readAllLines(dir.resolve("customers.csv")).size();
        assertEquals(1 + store.call(s -> s.customers().count()), lines);
    }
}
