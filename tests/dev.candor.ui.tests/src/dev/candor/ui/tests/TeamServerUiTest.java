package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.candor.model.CandorPackage;
import dev.candor.model.Customer;
import dev.candor.profiles.ui.internal.ProfileEditor;
import dev.candor.profiles.ui.internal.ProfilesProbe;
import dev.candor.store.CandorStore;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreProvider;
import dev.candor.testing.postgresql.PostgreSqlServer;
import dev.candor.ui.CandorUi;

/**
 * The running Candor on a team's PostgreSQL database whose server stops and starts again: the
 * status bar says the database is unreachable and clears when it is back, a save meanwhile says
 * why it failed and keeps the typed text, and the same save succeeds once the server is back.
 */
public class TeamServerUiTest {

    private static final CandorPackage P = CandorPackage.eINSTANCE;
    private final BundleContext context = FrameworkUtil.getBundle(TeamServerUiTest.class).getBundleContext();
    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private PostgreSqlServer server;
    private String database;
    private CandorStore team;
    private ServiceRegistration<CandorStore> published;

    @Before
    public void openTheTeamDatabase() throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        window.getShell().setSize(1400, 900);
        UiTestSupport.seededStore(); // the application's own database is up first
        server = PostgreSqlServer.get();
        database = server.newDatabase("ada");
        StoreProvider provider = context.getService(context.getServiceReference(StoreProvider.class));
        team = provider.open(StoreConfiguration.parse("postgresql://ada@127.0.0.1:" + server.port() + "/" + database)
                .creating(), CandorUi.clock());
        Dictionary<String, Object> ranked = new Hashtable<>();
        ranked.put(Constants.SERVICE_RANKING, 100); // as a database opened from the preferences replaces the first
        published = context.registerService(CandorStore.class, team, ranked);
    }

    @After
    public void closeIt() throws Exception {
        page.closeAllEditors(false);
        published.unregister();
        team.close();
        server.dropDatabase(database);
        UiTestSupport.flush();
    }

    private String indicator() {
        org.eclipse.swt.widgets.Label label = UiTestSupport.find(window.getShell(), org.eclipse.swt.widgets.Label.class,
                l -> l.getText().startsWith("Database unreachable") && l.isVisible());
        return label == null ? "" : label.getText();
    }

    /** A team's database holds real customers: it never gets the demo data set, however empty. */
    @Test
    public void aTeamDatabaseNeverGetsDemoData() throws Exception {
        assertFalse(dev.candor.app.internal.DemoSeedJob.scheduleIfWanted(team, CandorUi.clock()));
        assertTrue(team.call(s -> s.customers().isEmpty()));
    }

    @Test
    public void aServerThatStopsIsShownAndTheTypedTextSurvivesUntilItIsBack() throws Exception {
        Customer customer = UiTestSupport.customer("Balaton Szerviz Kft.", "iroda@balaton.example.hu", "ada");
        long id = team.call(s -> s.customers().save(customer)).getId();
        UiTestSupport.waitUntil("the services on the team database", 30_000, () -> dev.candor.ui.Services
                .get(dev.candor.profiles.CustomerService.class).map(s -> {
                    try {
                        return s.find(id).map(c -> c.getName().equals("Balaton Szerviz Kft.")).orElse(false);
                    } catch (Exception e) {
                        return false;
                    }
                }).orElse(false));
        UiTestSupport.execute(window, CandorUi.COMMAND_OPEN_CUSTOMER,
                Map.of(CandorUi.PARAMETER_CUSTOMER_ID, Long.toString(id)));
        UiTestSupport.waitUntil("the profile editor", 20_000, () -> page.getActiveEditor() instanceof ProfileEditor);
        ProfileEditor editor = (ProfileEditor) page.getActiveEditor();
        UiTestSupport.waitUntil("the customer to load", 20_000, () -> ProfilesProbe.getCustomer(editor) != null
                && ProfilesProbe.getCustomer(editor).getId() == id);
        Text notes = (Text) ProfilesProbe.getControl(editor, P.getCustomer_Notes());
        notes.setText("Szerződés megújítása márciusban.");
        UiTestSupport.waitUntil("the notes to reach the model", 10_000,
                () -> "Szerződés megújítása márciusban.".equals(ProfilesProbe.getCustomer(editor).getNotes()));

        server.stop();
        try {
            UiTestSupport.waitUntil("the status bar to say the database is unreachable", 60_000,
                    () -> indicator().startsWith("Database unreachable"));
            UiTestSupport.flush();
            UiTestSupport.screenshot(window.getShell(), "team-server-unreachable");
            String[] said = { null };
            UiTestSupport.whenShellOpens("Save", shell -> {
                said[0] = UiTestSupport.find(shell, org.eclipse.swt.widgets.Label.class,
                        l -> l.getText().contains("connection")).getText();
                UiTestSupport.press(shell, "OK");
            });
            editor.doSave(new NullProgressMonitor());
            assertTrue(String.valueOf(said[0]), said[0] != null && said[0].contains("was lost")
                    && !said[0].contains("SQL state"));
            assertTrue("the changes stay in the editor", editor.isDirty());
            assertEquals("Szerződés megújítása márciusban.", notes.getText());
        } finally {
            server.restart();
        }
        UiTestSupport.waitUntil("the status bar to clear once the server is back", 120_000,
                () -> indicator().isEmpty());
        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        assertEquals("Szerződés megújítása márciusban.",
                team.call(s -> s.customers().find(id)).orElseThrow().getNotes());
    }
}
