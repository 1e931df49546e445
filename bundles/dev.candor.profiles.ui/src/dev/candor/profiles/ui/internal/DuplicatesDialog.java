package dev.candor.profiles.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;

import dev.candor.profiles.DuplicateGroup;
import dev.candor.profiles.DuplicateGroup.Reason;
import dev.candor.profiles.CustomerService;
import dev.candor.store.CustomerSummary;
import dev.candor.ui.CustomerRef;
import dev.candor.nls.Plurals;

/**
 * The groups of possible duplicates found in the database; two records of one
 * group can be merged from here, any record opened.
 */
public final class DuplicatesDialog extends Dialog {

    private final List<DuplicateGroup> groups;
    private final IWorkbenchPage page;
    private final CustomerService service;
    private TreeViewer viewer;
    private Button merge;
    private Button open;
    private Label summary;

    public DuplicatesDialog(Shell parent, IWorkbenchPage page, CustomerService service, List<DuplicateGroup> groups) {
        super(parent);
        this.page = page;
        this.service = service;
        this.groups = new ArrayList<>(groups);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Duplicates_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(area);
        summary = new Label(area, SWT.WRAP);
        showCount();
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(summary);
        viewer = new TreeViewer(area, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().grab(true, true).hint(620, 360).applyTo(viewer.getControl());
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return groups.toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof DuplicateGroup group ? group.members().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return groups.stream().filter(g -> g.members().contains(element)).findFirst().orElse(null);
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof DuplicateGroup;
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof DuplicateGroup group) {
                    List<String> why = new ArrayList<>();
                    for (Reason reason : group.reasons()) {
                        why.add(switch (reason) {
                        case EMAIL -> Messages.Duplicates_SameEmail;
                        case PHONE -> Messages.Duplicates_SamePhone;
                        case NAME_AND_CITY -> Messages.Duplicates_SameName;
                        });
                    }
                    return NLS.bind(Messages.Duplicates_Group, group.members().get(0).name(), String.join(", ", why)); //$NON-NLS-1$
                }
                CustomerSummary c = (CustomerSummary) element;
                StringBuilder text = new StringBuilder(c.name());
                for (String part : new String[] { c.email(), c.phone(), c.city() }) {
                    if (part != null && !part.isBlank()) {
                        text.append("  \u00b7  ").append(part); //$NON-NLS-1$
                    }
                }
                return text.append("  (#").append(c.id()).append(')').toString(); //$NON-NLS-1$
            }
        });
        viewer.setInput(groups);
        viewer.expandAll();
        Composite buttons = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
        open = new Button(buttons, SWT.PUSH);
        open.setText(Messages.Duplicates_Open);
        GridDataFactory.fillDefaults().applyTo(open);
        open.addListener(SWT.Selection, event -> openSelected());
        merge = new Button(buttons, SWT.PUSH);
        merge.setText(Messages.Duplicates_Merge);
        GridDataFactory.fillDefaults().applyTo(merge);
        merge.addListener(SWT.Selection, event -> mergeSelected());
        viewer.addSelectionChangedListener(event -> {
            // a group chosen (by keyboard too) stands for its records: they are what Open and Merge act on
            IStructuredSelection chosen = viewer.getStructuredSelection();
            if (chosen.size() == 1 && chosen.getFirstElement() instanceof DuplicateGroup group) {
                viewer.setExpandedState(group, true);
                viewer.setSelection(new StructuredSelection(group.members()), true);
                return; // the new selection comes back here
            }
            updateButtons();
        });
        viewer.addDoubleClickListener(event -> openSelected());
        updateButtons();
        return area;
    }

    private List<CustomerSummary> selected() {
        List<CustomerSummary> selected = new ArrayList<>();
        for (Object element : viewer.getStructuredSelection()) {
            if (element instanceof CustomerSummary summary) {
                selected.add(summary);
            }
        }
        return selected;
    }

    private void updateButtons() {
        List<CustomerSummary> selected = selected();
        open.setEnabled(!selected.isEmpty());
        merge.setEnabled(selected.size() == 2);
        merge.setToolTipText(Messages.Merge_SelectTwo);
    }

    private void openSelected() {
        try {
            OpenCustomerHandler.open(page, CustomerRef.all(viewer.getStructuredSelection()));
        } catch (org.eclipse.core.commands.ExecutionException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getShell(), Messages.Duplicates_Title, e.getMessage());
        }
    }

    private void mergeSelected() {
        List<CustomerSummary> selected = selected();
        if (selected.size() != 2) {
            return;
        }
        Merging.ask(getShell(), page, service, selected.get(0).id(), selected.get(1).id(), gone -> merged(selected, gone));
    }

    private void showCount() {
        summary.setText(groups.isEmpty() ? Messages.Duplicates_None : Plurals.format(Messages.Duplicates_Found, groups.size()));
        summary.getParent().layout(true);
    }

    /** The record merged away leaves its group; a group of one is no longer a group; the count follows. */
    private void merged(List<CustomerSummary> selected, long gone) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        {
            List<DuplicateGroup> remaining = new ArrayList<>();
            for (DuplicateGroup group : groups) {
                List<CustomerSummary> members = new ArrayList<>(group.members());
                if (members.containsAll(selected)) {
                    members.removeIf(m -> m.id() == gone);
                }
                if (members.size() > 1) {
                    remaining.add(new DuplicateGroup(members, group.reasons()));
                }
            }
            groups.clear();
            groups.addAll(remaining);
            viewer.refresh();
            viewer.expandAll();
            showCount();
            updateButtons();
            viewer.getControl().setFocus();
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        }
        super.buttonPressed(buttonId);
    }

}
