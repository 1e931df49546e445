package dev.candor.layouts.ui.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.activities.IActivity;
import org.eclipse.ui.activities.IActivityManager;
import org.eclipse.ui.activities.NotDefinedException;

import dev.candor.layouts.Role;
import dev.candor.layouts.TeamLayout;
import dev.candor.layouts.TeamPolicy;
import dev.candor.layouts.TeamPolicy.PolicyFormatException;
import dev.candor.layouts.LayoutService;
import dev.candor.ui.Background;
import dev.candor.ui.CandorUi;
import dev.candor.ui.Services;

/**
 * Preferences > Candor > Team Layouts and Roles: the published layouts (withdraw one),
 * who has which role, and which capabilities each role does not see. Shared with the
 * team through the database; only administrators change it.
 */
public final class TeamLayoutsPage extends PreferencePage implements IWorkbenchPreferencePage {

    private IWorkbench workbench;
    private LayoutService service;
    private TeamPolicy stored;
    private TableViewer layouts;
    private Text roles;
    private Combo role;
    private CheckboxTableViewer capabilities;
    private final Map<Role, Set<String>> hidden = new EnumMap<>(Role.class);
    private Role shownRole = Role.ACCOUNT_MANAGER;

    @Override
    public void init(IWorkbench bench) {
        this.workbench = bench;
        setDescription(Messages.Page_Description);
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(8, 8).applyTo(page);
        service = Services.get(LayoutService.class).orElse(null);
        if (service == null) {
            new Label(page, SWT.WRAP).setText(Services.whyUnavailable());
            return page;
        }
        createLayouts(page);
        createRoles(page);
        createCapabilities(page);
        load();
        return page;
    }

    private void createLayouts(Composite page) {
        Group group = group(page, Messages.Page_Layouts, 2);
        layouts = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        layouts.getTable().setHeaderVisible(true);
        layouts.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Page_ColumnPerspective, 150, l -> perspectiveLabel(l.perspectiveId()));
        column(Messages.Page_ColumnVersion, 60, l -> Integer.toString(l.version()));
        column(Messages.Page_ColumnBy, 90, TeamLayout::publishedBy);
        column(Messages.Page_ColumnAt, 130, l -> dev.candor.nls.Dates.dateTime(l.publishedAt(), dev.candor.ui.CandorUi.zone()));
        column(Messages.Page_ColumnLocked, 160, l -> String.join(", ", l.lockedViews().stream().map(this::viewLabel).toList())); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(420, 90).applyTo(layouts.getControl());
        Button withdraw = new Button(group, SWT.PUSH);
        withdraw.setText(Messages.Page_Withdraw);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(withdraw);
        withdraw.addListener(SWT.Selection, e -> withdraw());
        Label how = new Label(group, SWT.WRAP);
        how.setText(Messages.Page_LayoutsHelp);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(how);
    }

    private interface Cell {
        String text(TeamLayout layout);
    }

    private void column(String title, int width, Cell cell) {
        TableViewerColumn column = new TableViewerColumn(layouts, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(dev.candor.ui.Columns.atLeastTitle(layouts.getTable(), title, width));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return cell.text((TeamLayout) element);
            }
        });
    }

    private void createRoles(Composite page) {
        Group group = group(page, Messages.Page_Roles, 1);
        roles = new Text(group, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        roles.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 80).applyTo(roles);
        Label help = new Label(group, SWT.WRAP);
        help.setText(NLS.bind(Messages.Page_RolesHelp, roleLegend(), roleLabel(TeamLayoutsUi.defaultRole())));
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(help);
        roles.addModifyListener(e -> validate());
    }

    private void createCapabilities(Composite page) {
        Group group = group(page, Messages.Page_Hidden, 2);
        new Label(group, SWT.NONE).setText(Messages.Page_HiddenRole);
        role = new Combo(group, SWT.READ_ONLY);
        for (Role each : Role.values()) {
            role.add(roleLabel(each));
        }
        role.select(0);
        capabilities = CheckboxTableViewer.newCheckList(group, SWT.BORDER);
        capabilities.setContentProvider(ArrayContentProvider.getInstance());
        IActivityManager activities = workbench.getActivitySupport().getActivityManager();
        capabilities.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                IActivity activity = activities.getActivity((String) element);
                try {
                    return activity.getName();
                } catch (NotDefinedException e) {
                    return (String) element;
                }
            }
        });
        capabilities.setComparator(new org.eclipse.jface.viewers.ViewerComparator());
        capabilities.setInput(TeamLayoutsUi.capabilities(activities));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(420, 90).applyTo(capabilities.getControl());
        capabilities.addCheckStateListener(e -> rememberHidden());
        role.addListener(SWT.Selection, e -> showHidden(Role.values()[role.getSelectionIndex()]));
    }

    private static Group group(Composite page, String title, int columns) {
        Group group = new Group(page, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
        return group;
    }

    /** Reads the layouts and the policy in a job, then shows them. */
    private void load() {
        roles.setEditable(false);
        capabilities.getControl().setEnabled(false);
        Background.run(Messages.Page_Description, roles, service::snapshot, this::show,
                e -> setErrorMessage(NLS.bind(Messages.Page_Failed, e.getMessage())));
    }

    private void show(LayoutService.Snapshot snapshot) {
        stored = snapshot.policy();
        layouts.setInput(snapshot.layouts());
        roles.setText(stored.formatRoles());
        hidden.clear();
        for (Role each : Role.values()) {
            hidden.put(each, new HashSet<>(stored.hiddenFrom(each)));
        }
        showHidden(shownRole);
        boolean administrator = stored.mayAdminister(CandorUi.currentUser());
        roles.setEditable(administrator);
        capabilities.getControl().setEnabled(administrator);
        if (!administrator) {
            setMessage(NLS.bind(Messages.Page_ReadOnly, CandorUi.currentUser()), INFORMATION);
        }
    }

    private void showHidden(Role which) {
        shownRole = which;
        capabilities.setCheckedElements(hidden.getOrDefault(which, Set.of()).toArray());
    }

    private void rememberHidden() {
        Set<String> checked = new HashSet<>();
        for (Object id : capabilities.getCheckedElements()) {
            checked.add((String) id);
        }
        hidden.put(shownRole, checked);
    }

    private Map<String, Role> validate() {
        try {
            Map<String, Role> parsed = TeamPolicy.parseRoles(roles.getText());
            setErrorMessage(null);
            setValid(true);
            return parsed;
        } catch (PolicyFormatException e) {
            setErrorMessage(String.join("\n", e.getProblems())); //$NON-NLS-1$
            setValid(false);
            return null;
        }
    }

    @Override
    public boolean performOk() {
        if (service == null || stored == null || !stored.mayAdminister(CandorUi.currentUser())) {
            return true;
        }
        Map<String, Role> parsed = validate();
        if (parsed == null) {
            return false;
        }
        TeamPolicy wanted = stored.withRoles(parsed);
        for (Role each : Role.values()) {
            wanted = wanted.withHidden(each, hidden.getOrDefault(each, Set.of()));
        }
        if (wanted.roles().equals(stored.roles()) && wanted.hidden().equals(stored.hidden())) {
            return true;
        }
        TeamPolicy toSave = wanted;
        try {
            toSave.checkSavableBy(CandorUi.currentUser());
            // the page must know before it closes whether the save took; the UI keeps painting meanwhile
            stored = Background.whileBusy(Messages.Page_Description, () -> service.savePolicy(toSave));
        } catch (PolicyFormatException e) {
            setErrorMessage(String.join("\n", e.getProblems())); //$NON-NLS-1$
            return false;
        } catch (InterruptedException e) {
            return false;
        } catch (Exception e) {
            setErrorMessage(NLS.bind(Messages.Page_SaveFailed, e.getMessage()));
            return false;
        }
        TeamLayoutsUi.applyRole(workbench, stored, CandorUi.currentUser());
        return true;
    }

    private void withdraw() {
        TeamLayout layout = (TeamLayout) ((IStructuredSelection) layouts.getSelection()).getFirstElement();
        if (layout == null) {
            return;
        }
        if (!MessageDialog.openConfirm(getShell(), Messages.Page_Withdraw,
                NLS.bind(Messages.Page_WithdrawConfirm, perspectiveLabel(layout.perspectiveId()), layout.version()))) {
            return;
        }
        Background.run(Messages.Page_Withdraw, roles, () -> {
            service.withdraw(layout);
            return layout;
        }, withdrawn -> {
            setMessage(null);
            load();
        }, e -> {
            setErrorMessage(NLS.bind(Messages.Page_SaveFailed, e.getMessage()));
            load();
        });
    }

    private String perspectiveLabel(String id) {
        IPerspectiveDescriptor descriptor = workbench.getPerspectiveRegistry().findPerspectiveWithId(id);
        return descriptor == null ? id : descriptor.getLabel();
    }

    private String viewLabel(String id) {
        var descriptor = workbench.getViewRegistry().find(id);
        return descriptor == null ? id : descriptor.getLabel();
    }

    static String roleLabel(Role role) {
        return switch (role) {
        case ACCOUNT_MANAGER -> Messages.Role_AccountManager;
        case QUALITY_LEAD -> Messages.Role_QualityLead;
        case ADMINISTRATOR -> Messages.Role_Administrator;
        };
    }

    private static String roleLegend() {
        List<String> parts = new ArrayList<>();
        for (Role each : Role.values()) {
            parts.add(each.key() + " (" + roleLabel(each) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return String.join(", ", parts); //$NON-NLS-1$
    }

    // for the UI tests
    public Text rolesText() {
        return roles;
    }

    public CheckboxTableViewer capabilitiesViewer() {
        return capabilities;
    }

    public Combo roleCombo() {
        return role;
    }
}
