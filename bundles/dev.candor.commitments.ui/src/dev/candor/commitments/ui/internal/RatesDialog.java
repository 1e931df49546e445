package dev.candor.commitments.ui.internal;

import java.util.Date;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.candor.commitments.CommitmentService;
import dev.candor.store.KeptRate;
import dev.candor.ui.Background;

/**
 * Kept-on-time rates per account manager or per customer: promises kept by their due time
 * among those kept, broken or already overdue. Columns sort on click.
 */
public final class RatesDialog extends Dialog {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    private final CommitmentService service;
    private Table table;
    private Label message;
    private boolean byOwner = true;
    List<KeptRate> rates = List.of();
    private int sortColumn = 1;
    private boolean ascending;

    public RatesDialog(Shell shell, CommitmentService service) {
        super(shell);
        this.service = service;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Rates_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(area);
        Composite choice = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(choice);
        Button owners = new Button(choice, SWT.RADIO);
        owners.setText(Messages.Rates_ByOwner);
        owners.setSelection(true);
        Button customers = new Button(choice, SWT.RADIO);
        customers.setText(Messages.Rates_ByCustomer);
        owners.addListener(SWT.Selection, e -> {
            if (owners.getSelection()) {
                byOwner = true;
                load();
            }
        });
        customers.addListener(SWT.Selection, e -> {
            if (customers.getSelection()) {
                byOwner = false;
                load();
            }
        });
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 320).applyTo(table);
        String[] titles = { Messages.Rates_Who, Messages.Rates_Rate, Messages.Rates_OnTime, Messages.Rates_Late,
                Messages.Rates_Broken, Messages.Rates_Overdue };
        int[] widths = { 220, 90, 80, 80, 80, 80 };
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(titles[i]);
            column.setWidth(dev.candor.ui.Columns.atLeastTitle(table, titles[i], widths[i]));
            int index = i;
            column.addListener(SWT.Selection, e -> {
                ascending = sortColumn == index ? !ascending : index == 0;
                sortColumn = index;
                show();
            });
        }
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            KeptRate r = rates.get(table.indexOf(item));
            item.setText(new String[] { r.label(), Texts.percent(r.rate()), Long.toString(r.keptOnTime()),
                    Long.toString(r.keptLate()), Long.toString(r.broken()), Long.toString(r.overdue()) });
        });
        message = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        message.setText(Messages.Rates_Explain);
        load();
        return area;
    }

    private void load() {
        boolean owners = byOwner;
        Background.run(Messages.Rates_Title, table, () -> service.keptRates(owners), read -> {
            if (owners == byOwner) { // else a later read answers
                rates = new java.util.ArrayList<>(read);
                show();
            }
        }, e -> message.setText(NLS.bind(Messages.Rates_Failed, e.getMessage())));
    }

    private void show() {
        java.util.Comparator<KeptRate> order = switch (sortColumn) {
        case 0 -> java.util.Comparator.comparing(KeptRate::label, String.CASE_INSENSITIVE_ORDER);
        case 2 -> java.util.Comparator.comparingLong(KeptRate::keptOnTime);
        case 3 -> java.util.Comparator.comparingLong(KeptRate::keptLate);
        case 4 -> java.util.Comparator.comparingLong(KeptRate::broken);
        case 5 -> java.util.Comparator.comparingLong(KeptRate::overdue);
        default -> java.util.Comparator.comparingDouble(r -> Double.isNaN(r.rate()) ? -1 : r.rate());
        };
        rates.sort(ascending ? order : order.reversed());
        table.setSortColumn(table.getColumn(sortColumn));
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        table.clearAll();
        table.setItemCount(rates.size());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
