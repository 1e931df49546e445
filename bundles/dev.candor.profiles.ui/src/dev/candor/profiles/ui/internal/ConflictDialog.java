package dev.candor.profiles.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import dev.candor.model.CandorPackage;
import dev.candor.model.Contact;
import dev.candor.model.Customer;
import dev.candor.model.validation.ModelValidation;
import dev.candor.ui.Labels;

/**
 * The fields of a customer that two people both changed, to different values, while editing
 * at once (see {@link dev.candor.profiles.ProfileChanges}): a ticked row keeps this editor's
 * value, an unticked one takes the stored value. What only one of them changed is not asked:
 * it is merged. Cancelling keeps everything in the editor as it was.
 */
public final class ConflictDialog extends TitleAreaDialog {

    private static final CandorPackage P = CandorPackage.eINSTANCE;

    /** A field whose two values differ. */
    public record Difference(EStructuralFeature feature, String mine, String theirs) {
    }

    private final Customer mine;
    private final Customer theirs;
    final List<Difference> differences = new ArrayList<>();
    CheckboxTableViewer viewer;
    List<Difference> keepMine = new ArrayList<>();

    /** Asks about {@code fields}: those both changed. */
    public ConflictDialog(Shell parent, Customer mine, Customer theirs, List<EStructuralFeature> fields) {
        super(parent);
        this.mine = mine;
        this.theirs = theirs;
        for (EStructuralFeature feature : fields) {
            String a = text(mine, feature);
            String b = text(theirs, feature);
            if (!Objects.equals(a, b)) {
                differences.add(new Difference(feature, a, b));
            }
        }
        keepMine = new ArrayList<>(differences);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    static String text(Customer customer, EStructuralFeature feature) {
        Object value = customer.eGet(feature);
        if (feature == P.getCustomer_Contacts()) {
            List<String> contacts = new ArrayList<>();
            for (Contact contact : customer.getContacts()) {
                contacts.add(contact.getName() + (contact.getEmail() == null ? "" : " <" + contact.getEmail() + ">")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            return String.join("; ", contacts); //$NON-NLS-1$
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList()); //$NON-NLS-1$
        }
        if (value instanceof org.eclipse.emf.common.util.Enumerator enumerator) {
            return Labels.of(enumerator);
        }
        if (value instanceof Boolean flag) {
            return flag ? Messages.Conflict_Yes : Messages.Conflict_No;
        }
        return value == null ? "" : value.toString().replace('\n', ' '); //$NON-NLS-1$
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Profile_ConflictTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.Conflict_Title, mine.getName()));
        setMessage(Messages.Conflict_Message);
        Table table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 260).indent(8, 8).applyTo(table);
        viewer = new CheckboxTableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Conflict_Field, 160, d -> ModelValidation.label(d.feature()));
        column(Messages.Conflict_Mine, 270, Difference::mine);
        column(Messages.Conflict_Theirs, 270, Difference::theirs);
        viewer.setInput(differences);
        viewer.setAllChecked(true);
        viewer.addCheckStateListener(event -> keepMine = new ArrayList<>(
                java.util.Arrays.stream(viewer.getCheckedElements()).map(Difference.class::cast).toList()));
        return area;
    }

    private void column(String title, int width, java.util.function.Function<Difference, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(dev.candor.ui.Columns.atLeastTitle(viewer.getTable(), title, width));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Difference) element);
                return value.isEmpty() ? "\u2014" : value; //$NON-NLS-1$
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Conflict_Save, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Conflict_Later, false);
    }

    /** The command that gives the editor's customer the stored values of {@code features}. */
    public static Command take(EditingDomain domain, Customer customer, Customer theirs,
            List<EStructuralFeature> features) {
        CompoundCommand command = new CompoundCommand(Messages.Conflict_Command);
        for (EStructuralFeature feature : features) {
            Object value = theirs.eGet(feature);
            if (feature == P.getCustomer_Contacts()) {
                value = EcoreUtil.copyAll(theirs.getContacts());
            } else if (value instanceof List<?> list) {
                value = new ArrayList<>(list);
            }
            command.append(new SetCommand(domain, customer, feature, value));
        }
        if (command.isEmpty()) {
            command.append(new org.eclipse.emf.common.command.IdentityCommand(Messages.Conflict_Command));
        }
        return command;
    }

    /** The command that gives the editor's customer the stored values the user chose. */
    public Command resolution(EditingDomain domain, Customer customer) {
        CompoundCommand command = new CompoundCommand(Messages.Conflict_Command);
        for (Difference difference : differences) {
            if (keepMine.contains(difference)) {
                continue;
            }
            Object value = theirs.eGet(difference.feature());
            if (difference.feature() == P.getCustomer_Contacts()) {
                value = EcoreUtil.copyAll(theirs.getContacts());
            } else if (value instanceof List<?> list) {
                value = new ArrayList<>(list);
            }
            command.append(new SetCommand(domain, customer, difference.feature(), value));
        }
        if (command.isEmpty()) {
            command.append(new org.eclipse.emf.common.command.IdentityCommand(Messages.Conflict_Command));
        }
        return command;
    }
}
