package dev.candor.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import dev.candor.layouts.Role;
import dev.candor.layouts.TeamLayout;
import dev.candor.layouts.TeamLayouts;
import dev.candor.layouts.TeamPolicy;
import dev.candor.layouts.ui.internal.TeamLayoutsUi;
import dev.candor.store.CandorStore;
import dev.candor.store.DerbyNetworkServer;
import dev.candor.store.StoreConfiguration;
import dev.candor.ui.CandorUi;

/**
 * An administrator (ada) arranges the Account Manager perspective and publishes it
 * through Window > Publish Layout for the Team; an account manager (bea), with a client
 * of her own on the same Derby Network Server, gets it applied, cannot close the locked
 * view, and gets it back with Reset Perspective. Roles hide capabilities.
 */
public class TeamLayoutsUiTest {

    private static final String COMMITMENTS = "dev.candor.commitments.ui.views.commitments";
    private static final String DASHBOARD = "dev.candor.ethics.ui.views.dashboard";
    private static final String DASHBOARD_ACTIVITY = "dev.candor.ethics.ui.activity.dashboard";
    private static Path home;
    private static DerbyNetworkServer server;
    private static CandorStore ada;
    private static CandorStore bea;

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private IPerspectiveDescriptor manager;

    @BeforeClass
    public static void startServer() throws Exception {
        home = Files.createTempDirectory("layouts-ui-server");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        server = DerbyNetworkServer.start(InetAddress.getLoopbackAddress(), port, home);
        // an absolute name: the embedded engine of this process booted before the server was
        // given its home, so a relative one would land in the working directory
        StoreConfiguration team = StoreConfiguration.network("127.0.0.1", port, home.resolve("team").toString(),
                "candor", "candor");
        dev.candor.store.StoreProvider provider = org.osgi.framework.FrameworkUtil.getBundle(TeamLayoutsUiTest.class)
                .getBundleContext().getService(org.osgi.framework.FrameworkUtil.getBundle(TeamLayoutsUiTest.class)
                        .getBundleContext().getServiceReference(dev.candor.store.StoreProvider.class));
        ada = provider.open(team.creating()); // the administrator set the team database up
        bea = provider.open(team);
    }

    @AfterClass
    public static void stopServer() throws Exception {
        bea.close();
        ada.close();
        server.close();
    }

    @Before
    public void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        window.getShell().setSize(1500, 950);
        UiTestSupport.seededStore();
        for (org.eclipse.swt.widgets.Shell shell : window.getShell().getDisplay().getShells()) {
            if (shell != window.getShell() && shell.isVisible()) {
                shell.close();
            }
        }
        manager = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(CandorUi.PERSPECTIVE_ACCOUNT_MANAGER);
        page.setPerspective(manager);
        page.resetPerspective();
        UiTestSupport.flush();
    }

    @After
    public void tearDown() throws Exception {
        System.clearProperty("candor.user");
        TeamLayoutsUi.forgetApplied();
        forgetSnippet();
        PlatformUI.getWorkbench().getPerspectiveRegistry().revertPerspective(manager);
        TeamLayoutsUi.applyRole(PlatformUI.getWorkbench(), TeamPolicy.none(), CandorUi.currentUser());
        page.setPerspective(manager);
        page.resetPerspective();
        UiTestSupport.flush();
    }

    /** A workbench that never had a team layout: what bea's own Candor is like. */
    private void forgetSnippet() {
        MApplication application = PlatformUI.getWorkbench().getService(MApplication.class);
        EModelService models = window.getService(EModelService.class);
        MUIElement snippet = models.findSnippet(application, CandorUi.PERSPECTIVE_ACCOUNT_MANAGER);
        if (snippet != null) {
            application.getSnippets().remove(snippet);
        }
    }

    private CTabItem tab(String text) {
        for (CTabFolder folder : folders(window.getShell())) {
            for (CTabItem item : folder.getItems()) {
                if (item.getText().equals(text)) {
                    return item;
                }
            }
        }
        return null;
    }

    private static List<CTabFolder> folders(org.eclipse.swt.widgets.Composite parent) {
        List<CTabFolder> found = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof CTabFolder folder && folder.isVisible()) {
                found.add(folder);
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                found.addAll(folders(composite));
            }
        }
        return found;
    }

    @Test
    public void aPublishedLayoutIsAppliedForTheNextUserLockedAndRestoredByReset() throws Exception {
        // ada arranges the perspective: no Commitments view, the Customers locked
        System.setProperty("candor.user", "ada");
        savePolicy(Set.of());
        IViewReference commitments = page.findViewReference(COMMITMENTS);
        assertNotNull("the perspective's own layout has the commitments", commitments);
        page.hideView(commitments);
        UiTestSupport.flush();
        TeamLayout published = publishThroughTheDialog(CandorUi.VIEW_CUSTOMERS);
        assertEquals(1, published.version());
        assertEquals(Set.of(CandorUi.VIEW_CUSTOMERS), published.lockedViews());
        assertEquals("ada", published.publishedBy());

        // bea's Candor: her own arrangement (with the commitments), never given a team layout
        System.setProperty("candor.user", "bea");
        TeamLayoutsUi.forgetApplied();
        forgetSnippet();
        PlatformUI.getWorkbench().getPerspectiveRegistry().revertPerspective(manager);
        page.resetPerspective();
        UiTestSupport.flush();
        assertNotNull(page.findViewReference(COMMITMENTS));
        assertTrue(tab(page.findViewReference(CandorUi.VIEW_CUSTOMERS).getPartName()).getShowClose());

        // her next start
        List<String> applied = TeamLayoutsUi.apply(window, bea.call(TeamLayouts::all));
        UiTestSupport.flush();
        assertEquals(List.of(CandorUi.PERSPECTIVE_ACCOUNT_MANAGER), applied);
        assertEquals(CandorUi.PERSPECTIVE_ACCOUNT_MANAGER, page.getPerspective().getId());
        assertNull("arranged as published", page.findViewReference(COMMITMENTS));
        IViewReference customers = page.findViewReference(CandorUi.VIEW_CUSTOMERS);
        assertNotNull(customers);
        CTabItem customersTab = tab(customers.getPartName());
        assertNotNull(customersTab);
        assertFalse("a locked view has no close button", customersTab.getShowClose());
        assertTrue("unlocked views keep theirs",
                tab(page.findViewReference("dev.candor.history.ui.views.history").getPartName()).getShowClose());
        UiTestSupport.screenshot(window.getShell(), "team-layout-applied");

        // closing the locked view anyway (a command, Close All) brings it back
        page.hideView(customers);
        UiTestSupport.waitUntil("the locked view to come back", 10_000, () -> page.findView(CandorUi.VIEW_CUSTOMERS) != null);

        // her own change, then Reset Perspective: the team's layout again
        page.showView(COMMITMENTS);
        UiTestSupport.flush();
        page.resetPerspective();
        UiTestSupport.flush();
        assertNull("reset returns to the published layout", page.findViewReference(COMMITMENTS));
        assertTrue("a version is applied once", TeamLayoutsUi.apply(window, bea.call(TeamLayouts::all)).isEmpty());

        // ada publishes version 2 with the commitments and nothing locked; bea's next start applies it
        page.showView(COMMITMENTS);
        UiTestSupport.flush();
        System.setProperty("candor.user", "ada");
        String model = TeamLayoutsUi.modelToPublish(window, Set.of());
        TeamLayout second = ada.call(s -> TeamLayouts.publish(s, CandorUi.PERSPECTIVE_ACCOUNT_MANAGER, model, Set.of(), "ada"));
        TeamLayoutsUi.published(window, second);
        assertEquals(2, second.version());
        assertEquals("the publisher has it applied already", Integer.valueOf(2),
                TeamLayoutsUi.applied().get(CandorUi.PERSPECTIVE_ACCOUNT_MANAGER));
        System.setProperty("candor.user", "bea");
        TeamLayoutsUi.forgetApplied(); // bea's workspace still has version 1
        page.hideView(page.findViewReference(COMMITMENTS));
        UiTestSupport.flush();
        assertEquals(List.of(CandorUi.PERSPECTIVE_ACCOUNT_MANAGER), TeamLayoutsUi.apply(window, bea.call(TeamLayouts::all)));
        UiTestSupport.flush();
        assertNotNull(page.findViewReference(COMMITMENTS));
        assertTrue(tab(page.findViewReference(CandorUi.VIEW_CUSTOMERS).getPartName()).getShowClose());
    }

    private TeamLayout publishThroughTheDialog(String lock) throws Exception {
        boolean[] told = { false };
        UiTestSupport.whenShellOpens("Publish Layout for the Team", shell -> {
            Table table = UiTestSupport.find(shell, Table.class, t -> true);
            for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
                item.setChecked(((IViewReference) item.getData()).getId().equals(lock));
            }
            try {
                UiTestSupport.screenshot(shell, "team-layout-publish-dialog");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            UiTestSupport.whenShellOpens("Publish Layout for the Team", done -> {
                told[0] = true;
                UiTestSupport.press(done, "OK");
            });
            UiTestSupport.press(shell, "Publish");
        });
        asAda(() -> {
            // the handler reads what is published, opens the dialog, publishes in a job and tells
            UiTestSupport.execute(window, "dev.candor.layouts.ui.commands.publish", Map.of());
            UiTestSupport.waitUntil("the layout to be published", 30_000, () -> told[0]);
        });
        return bea.call(s -> TeamLayouts.published(s, CandorUi.PERSPECTIVE_ACCOUNT_MANAGER)).orElseThrow();
    }

    private interface Work {
        void run() throws Exception;
    }

    /** ada's Candor works on the team's server: her client is the store the UI finds meanwhile. */
    private static void asAda(Work work) throws Exception {
        System.setProperty("candor.user", "ada");
        java.util.Hashtable<String, Object> ranking = new java.util.Hashtable<>(
                Map.of(org.osgi.framework.Constants.SERVICE_RANKING, 1000));
        org.osgi.framework.ServiceRegistration<CandorStore> registration = org.osgi.framework.FrameworkUtil
                .getBundle(TeamLayoutsUiTest.class).getBundleContext().registerService(CandorStore.class, ada, ranking);
        try {
            work.run();
        } finally {
            registration.unregister();
        }
    }

    private static TeamPolicy savePolicy(Set<String> hiddenFromAccountManagers) throws Exception {
        TeamPolicy stored = ada.call(TeamLayouts::policy);
        TeamPolicy wanted = stored.withRoles(Map.of("ada", Role.ADMINISTRATOR, "bea", Role.ACCOUNT_MANAGER))
                .withHidden(Role.ACCOUNT_MANAGER, hiddenFromAccountManagers);
        return ada.call(s -> TeamLayouts.savePolicy(s, wanted, "ada"));
    }

    @Test
    public void aRoleDoesNotSeeTheCapabilitiesHiddenFromIt() throws Exception {
        page.showView(DASHBOARD);
        UiTestSupport.flush();
        savePolicy(Set.of(DASHBOARD_ACTIVITY));
        TeamPolicy seen = bea.call(TeamLayouts::policy);
        assertEquals(Role.ACCOUNT_MANAGER, TeamLayoutsUi.applyRole(PlatformUI.getWorkbench(), seen, "bea"));
        UiTestSupport.flush();
        assertNull("the hidden view closed", page.findViewReference(DASHBOARD));
        assertFalse("and left the menus", TeamLayoutsUi.allowed(PlatformUI.getWorkbench(), DASHBOARD));
        assertTrue(TeamLayoutsUi.allowed(PlatformUI.getWorkbench(), COMMITMENTS));
        assertNotNull(page.findViewReference(CandorUi.VIEW_CUSTOMERS));
        assertEquals(Role.ADMINISTRATOR, TeamLayoutsUi.applyRole(PlatformUI.getWorkbench(), seen, "ada"));
        assertTrue("another role sees it", TeamLayoutsUi.allowed(PlatformUI.getWorkbench(), DASHBOARD));
        assertEquals("someone nobody named is an account manager by default", Role.ACCOUNT_MANAGER,
                TeamLayoutsUi.applyRole(PlatformUI.getWorkbench(), seen, "cyd"));
        assertFalse(TeamLayoutsUi.allowed(PlatformUI.getWorkbench(), DASHBOARD));
    }

    @Test
    public void theTeamPageNamesWrongLinesAndSavesRolesAndHiddenCapabilities() throws Exception {
        savePolicy(Set.of());
        asAda(() -> {
            PreferenceDialog dialog = UiTestSupport.preferences(window, "dev.candor.layouts.ui.preferences.team");
            try {
                dev.candor.layouts.ui.internal.TeamLayoutsPage team = (dev.candor.layouts.ui.internal.TeamLayoutsPage) dialog
                        .getSelectedPage();
                UiTestSupport.waitUntil("the team's policy to be read", 30_000, () -> team.rolesText().getEditable());
                assertEquals("ada = administrator\nbea = accountManager\n", team.rolesText().getText());
                team.rolesText().setText("ada = administrator\nbea = boss\ncyd = qualityLead\n");
                UiTestSupport.flush();
                assertTrue(team.getErrorMessage(), team.getErrorMessage().startsWith("Line 2: “boss” is not a role"));
                assertFalse(team.isValid());
                team.rolesText().setText("ada = administrator\nbea = accountManager\ncyd = qualityLead\n");
                UiTestSupport.flush();
                assertNull(team.getErrorMessage());
                // hide the dashboard from account managers, by its check box
                team.roleCombo().select(Role.ACCOUNT_MANAGER.ordinal());
                team.roleCombo().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                Table table = team.capabilitiesViewer().getTable();
                org.eclipse.swt.widgets.TableItem dashboard = java.util.Arrays.stream(table.getItems())
                        .filter(i -> DASHBOARD_ACTIVITY.equals(i.getData())).findFirst().orElseThrow();
                assertEquals("Quality Dashboard", dashboard.getText());
                dashboard.setChecked(true);
                org.eclipse.swt.widgets.Event check = new org.eclipse.swt.widgets.Event();
                check.detail = org.eclipse.swt.SWT.CHECK;
                check.item = dashboard;
                table.notifyListeners(org.eclipse.swt.SWT.Selection, check);
                UiTestSupport.flush();
                UiTestSupport.screenshot(dialog.getShell(), "team-layouts-page");
                UiTestSupport.press(dialog.getShell(), "Apply and Close");
                UiTestSupport.waitUntil("the preferences to close once saved", 30_000,
                        () -> dialog.getShell() == null || dialog.getShell().isDisposed());
            } finally {
                if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                    dialog.close();
                }
            }
        });
        TeamPolicy saved = bea.call(TeamLayouts::policy);
        assertEquals(Role.QUALITY_LEAD, saved.roleOf("cyd", Role.ACCOUNT_MANAGER));
        assertEquals(Set.of(DASHBOARD_ACTIVITY), saved.hiddenFrom(Role.ACCOUNT_MANAGER));
        assertEquals("the administrator's own role applies at once", Role.ADMINISTRATOR, saved.roleOf("ada", null));
        assertTrue(TeamLayoutsUi.allowed(PlatformUI.getWorkbench(), DASHBOARD));
    }
}
