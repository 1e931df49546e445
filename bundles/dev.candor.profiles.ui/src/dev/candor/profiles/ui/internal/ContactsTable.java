package dev.candor.profiles.ui.internal;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.candor.model.CandorFactory;
import dev.candor.model.CandorPackage;
import dev.candor.model.Contact;
import dev.candor.model.Customer;

/**
 * A customer's contacts, edited in place; every edit, addition and removal is
 * a command of the profile's editing domain.
 */
final class ContactsTable {

    private static final CandorPackage P = CandorPackage.eINSTANCE;

    private final EditingDomain domain;
    private final Customer customer;
    private final TableViewer viewer;
    private final Button remove;

    ContactsTable(FormToolkit toolkit, Composite parent, EditingDomain domain, Customer customer) {
        this.domain = domain;
        this.customer = customer;
        Table table = toolkit.createTable(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, 110).applyTo(table);
        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Profile_ContactName, 180, P.getContact_Name());
        column(Messages.Profile_ContactRole, 150, P.getContact_Role());
        column(Messages.Profile_ContactEmail, 200, P.getContact_Email());
        column(Messages.Profile_ContactPhone, 150, P.getContact_Phone());
        column(Messages.Profile_ContactPrimary, 80, P.getContact_Primary());
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
                ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                        | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        viewer.setInput(customer.getContacts());

        Composite buttons = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
        Button add = toolkit.createButton(buttons, Messages.Profile_ContactAdd, SWT.PUSH);
        GridDataFactory.fillDefaults().applyTo(add);
        add.addListener(SWT.Selection, event -> add());
        remove = toolkit.createButton(buttons, Messages.Profile_ContactRemove, SWT.PUSH);
        GridDataFactory.fillDefaults().applyTo(remove);
        remove.addListener(SWT.Selection, event -> removeSelected());
        viewer.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));
        remove.setEnabled(false);
        if (customer.getContacts().isEmpty()) {
            table.setToolTipText(Messages.Profile_NoContacts);
        }
    }

    private void column(String title, int width, EAttribute attribute) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(dev.candor.ui.Columns.atLeastTitle(viewer.getTable(), title, width));
        boolean flag = attribute.getEType().getInstanceClass() == boolean.class;
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Object value = ((Contact) element).eGet(attribute);
                if (flag) {
                    return Boolean.TRUE.equals(value) ? "\u2713" : ""; //$NON-NLS-1$ //$NON-NLS-2$
                }
                return value == null ? "" : value.toString(); //$NON-NLS-1$
            }
        });
        column.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return flag ? new CheckboxCellEditor(viewer.getTable()) : new TextCellEditor(viewer.getTable());
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                Object value = ((Contact) element).eGet(attribute);
                return flag ? value : value == null ? "" : value; //$NON-NLS-1$
            }

            @Override
            protected void setValue(Object element, Object value) {
                Object stored = value instanceof String text && text.isBlank() ? null : value;
                if (!flag && stored instanceof String text) {
                    stored = text.trim();
                }
                if (!Objects.equals(((Contact) element).eGet(attribute), stored)) {
                    domain.getCommandStack().execute(new SetCommand(domain, (Contact) element, attribute, stored));
                }
            }
        });
    }

    private void add() {
        Contact contact = CandorFactory.eINSTANCE.createContact();
        contact.setName(Messages.Profile_ContactNew);
        contact.setPrimary(customer.getContacts().isEmpty());
        domain.getCommandStack().execute(new AddCommand(domain, customer, P.getCustomer_Contacts(), contact));
        viewer.refresh();
        viewer.editElement(contact, 0);
    }

    private void removeSelected() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        if (!selection.isEmpty()) {
            domain.getCommandStack().execute(new RemoveCommand(domain, customer, P.getCustomer_Contacts(),
                    selection.toList()));
        }
    }

    void refresh() {
        if (!viewer.getTable().isDisposed() && !viewer.isCellEditorActive()) {
            viewer.refresh();
        }
    }

    Control control() {
        return viewer.getTable();
    }

    TableViewer viewer() {
        return viewer;
    }
}
