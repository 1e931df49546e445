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

    /**
     * Issue 20, item 5: importing a file with a record like an existing customer asks, before
     * anything is written, what to do with it; the user chooses by keyboard-reachable controls and
     * the report says what was done. A refused file is still in the dialog when it opens again.
     */
    @Test
    public void aReImportAsksAboutLookAlikesAndTheDialogKeepsTheFile() throws Exception {
        dev.candor.store.CustomerSummary known = store.call(s -> s.customers().firstSummariesByName(40)).stream()
                .filter(c -> c.email() != null).findFirst().orElseThrow();
        String city = known.city();
        long before = store.call(s -> s.customers().count());
        Path dir = Files.createTempDirectory("reimport");
        Path file = dir.resolve("again.csv");
        Files.writeString(file, "name,email,city\n" + "\"" + known.name().replace("\"", "\"\"") + "\"," + known.email()
                + ",Eger\n" + "Mátra Bútor Kft.,info@matra.example.hu,Gyöngyös\n", StandardCharsets.UTF_8);
        String[] told = new String[1];
        UiTestSupport.whenShellOpens("Import Data", shell -> {
            ((ExchangeDialog) shell.getData()).fileText().setText(file.toString());
            UiTestSupport.flush();
            UiTestSupport.whenShellOpens("Customers Already in Candor", choose -> {
                org.eclipse.swt.widgets.Table rows = UiTestSupport.find(choose, org.eclipse.swt.widgets.Table.class, t -> true);
                assertEquals("only the look-alike is asked about", 1, rows.getItemCount());
                assertEquals("Skip it", rows.getItem(0).getText(3));
                assertTrue(rows.getItem(0).getText(2), rows.getItem(0).getText(2).startsWith(known.name()));
                org.eclipse.swt.widgets.Combo action = UiTestSupport.find(choose, org.eclipse.swt.widgets.Combo.class, c -> true);
                action.select(1);
                action.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                assertEquals("Update the existing customer", rows.getItem(0).getText(3));
                shot(choose, "import-look-alikes");
                UiTestSupport.whenShellOpens("Import Data", outcome -> {
                    told[0] = UiTestSupport.find(outcome, org.eclipse.swt.widgets.Label.class,
                            l -> l.getText().contains("imported as")).getText();
                    shot(outcome, "import-look-alikes-outcome");
                    UiTestSupport.press(outcome, "OK");
                });
                UiTestSupport.press(choose, "Import");
            });
            UiTestSupport.press(shell, "Import");
        });
        UiTestSupport.execute(window, "dev.candor.exchange.ui.commands.import", Map.of());
        UiTestSupport.waitUntil("the import after the choice", 120_000, () -> told[0] != null);
        assertTrue(told[0], told[0].startsWith("2 records imported as Customers (CSV)")
                && told[0].endsWith("1 created, 1 updated, 0 already as in the file, 0 skipped."));
        assertEquals(before + 1, (long) store.call(s -> s.customers().count()));
        dev.candor.model.Customer updated = store.call(s -> s.customers().find(known.id())).orElseThrow();
        assertEquals("Eger", updated.getCity());
        // put the seeded data back for the other tests
        updated.setCity(city);
        store.call(s -> s.customers().save(updated));
        long added = store.call(s -> s.customers().findSimilar(UiTestSupport.customer("Mátra Bútor Kft.",
                "info@matra.example.hu", "x"), 1)).get(0).id();
        UiTestSupport.removeCustomer(store, added);

        // a refused file: the dialog opens again with it
        Path wrong = dir.resolve("wrong-again.csv");
        Files.writeString(wrong, "name,email\nBroken Ltd,broken-at-example\n", StandardCharsets.UTF_8);
        Outcome outcome = (Outcome) run("dev.candor.exchange.ui.commands.import", "Import Data", wrong, "Import",
                "import-dialog-wrong-again").getProperty(ExchangeJobs.OUTCOME);
        assertEquals(IStatus.WARNING, outcome.severity());
        String[] shown = new String[1];
        UiTestSupport.whenShellOpens("Import Data", shell -> {
            shown[0] = ((ExchangeDialog) shell.getData()).fileText().getText();
            UiTestSupport.press(shell, "Cancel");
        });
        UiTestSupport.execute(window, "dev.candor.exchange.ui.commands.import", Map.of());
        UiTestSupport.waitUntil("the dialog to open again", 30_000, () -> shown[0] != null);
        assertEquals(wrong.toString(), shown[0]);
    }

    /**
     * Issue 20, item 5: every customer exported and the file imported again through the dialogs:
     * each record is found identical to its customer, left alone, and the report says so.
     */
    @Test
    public void exportingAndImportingTheSameFileChangesNothing() throws Exception {
        long before = store.call(s -> s.customers().count());
        Path file = Files.createTempDirectory("roundtrip").resolve("all-customers.csv");
        Outcome exported = (Outcome) run("dev.candor.exchange.ui.commands.export", "Export Data", file, "Export",
                "export-all").getProperty(ExchangeJobs.OUTCOME);
        assertEquals(exported.message(), IStatus.INFO, exported.severity());
        String[] told = new String[1];
        int[] rows = new int[1];
        java.util.Set<String> actions = new java.util.TreeSet<>();
        UiTestSupport.whenShellOpens("Import Data", shell -> {
            ((ExchangeDialog) shell.getData()).fileText().setText(file.toString());
            UiTestSupport.flush();
            UiTestSupport.whenShellOpens("Customers Already in Candor", choose -> {
                org.eclipse.swt.widgets.Table table = UiTestSupport.find(choose, org.eclipse.swt.widgets.Table.class, t -> true);
                rows[0] = table.getItemCount();
                for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
                    actions.add(item.getText(3));
                }
                shot(choose, "import-round-trip");
                UiTestSupport.whenShellOpens("Import Data", outcome -> {
                    told[0] = UiTestSupport.find(outcome, org.eclipse.swt.widgets.Label.class,
                            l -> l.getText().contains("imported as")).getText();
                    UiTestSupport.press(outcome, "OK");
                });
                UiTestSupport.press(choose, "Import");
            });
            UiTestSupport.press(shell, "Import");
        });
        UiTestSupport.execute(window, "dev.candor.exchange.ui.commands.import", Map.of());
        UiTestSupport.waitUntil("the import of the exported file", 180_000, () -> told[0] != null);
        assertEquals("every customer is a record of the file that looks like itself", before, rows[0]);
        assertEquals(java.util.Set.of("Leave it: already as in the file"), actions);
        assertTrue(told[0], told[0].startsWith("0 records imported as Customers (CSV)")
                && told[0].endsWith("0 created, 0 updated, " + before + " already as in the file, 0 skipped."));
        assertEquals(before, (long) store.call(s -> s.customers().count()));
    }
}
