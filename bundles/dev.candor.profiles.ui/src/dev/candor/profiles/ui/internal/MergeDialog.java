package dev.candor.profiles.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dev.candor.model.Customer;
import dev.candor.store.RecordCounts;

/** Two records of one customer side by side; the user picks the one to keep. */
public final class MergeDialog extends TitleAreaDialog {

    final Customer first;
    private final Customer second;
    private final RecordCounts firstCounts;
    private final RecordCounts secondCounts;
    final List<Button> choices = new ArrayList<>();
    boolean keepFirst = true;

    public MergeDialog(Shell parent, Customer first, RecordCounts firstCounts, Customer second, RecordCounts secondCounts) {
        super(parent);
        this.first = first;
        this.second = second;
        this.firstCounts = firstCounts;
        this.secondCounts = secondCounts;
        // the record with more history is the likelier one to keep
        keepFirst = firstCounts.interactions() >= secondCounts.interactions();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Merge_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Merge_Heading);
        setMessage(Messages.Merge_Message);
        Composite both = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(12, 0).applyTo(both);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(both);
        card(both, first, firstCounts, keepFirst);
        card(both, second, secondCounts, !keepFirst);
        return area;
    }

    private void card(Composite parent, Customer customer, RecordCounts counts, boolean selected) {
        Group group = new Group(parent, SWT.NONE);
        group.setText("#" + customer.getId()); //$NON-NLS-1$
        GridLayoutFactory.swtDefaults().applyTo(group);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, SWT.DEFAULT).applyTo(group);
        Button keep = new Button(group, SWT.RADIO);
        keep.setText(NLS.bind(Messages.Merge_Keep, customer.getName()));
        keep.setSelection(selected);
        keep.addListener(SWT.Selection, event -> {
            if (keep.getSelection()) {
                keepFirst = customer == first;
            }
        });
        choices.add(keep);
        for (String line : new String[] { customer.getOrganisation(), customer.getEmail(), customer.getPhone(),
                customer.getCity(), Selections.describe(counts) }) {
            if (line != null && !line.isBlank()) {
                Label label = new Label(group, SWT.WRAP);
                label.setText(line);
                GridDataFactory.fillDefaults().grab(true, false).indent(18, 0).hint(260, SWT.DEFAULT).applyTo(label);
            }
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Merge_Button, false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
    }

    public Customer survivor() {
        return keepFirst ? first : second;
    }

    public Customer duplicate() {
        return keepFirst ? second : first;
    }
}
