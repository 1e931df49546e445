package dev.candor.exchange.ui.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dev.candor.exchange.ImportChoices;
import dev.candor.exchange.ImportChoices.Resolution;
import dev.candor.exchange.LookAlike;
import dev.candor.nls.Plurals;
import dev.candor.store.CustomerSummary;

/**
 * Before an import: the file's records that look like customers already in Candor, and what the
 * import does with each. A record that differs is skipped unless the user says otherwise (an
 * update or a second customer is a decision); one identical to its customer is left alone.
 * The keyboard suffices: the rows take the selection, the combo below sets what happens to them.
 */
public final class LookAlikesDialog extends TitleAreaDialog {

    /** What the user may choose, in the combo's order; null leaves an identical record alone. */
    private static final Resolution[] ACTIONS = { Resolution.SKIP, Resolution.UPDATE, Resolution.CREATE };

    private final Path file;
    private final List<LookAlike> alike;
    /** The line's chosen action; an identical record has none until the user picks one. */
    private final Map<Integer, Resolution> chosen = new HashMap<>();
    TableViewer table;
    Combo action;

    public LookAlikesDialog(Shell shell, Path file, List<LookAlike> alike) {
        super(shell);
        this.file = file;
        this.alike = alike;
        for (LookAlike record : alike) {
            if (!record.identical()) {
                chosen.put(record.line(), Resolution.SKIP);
            }
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Alike_Title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.Alike_Heading);
        setMessage(Plurals.format(Messages.Alike_Message, alike.size(), file.getFileName()));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        Composite tableArea = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(760, 260).applyTo(tableArea);
        TableColumnLayout layout = new TableColumnLayout();
        tableArea.setLayout(layout);
        table = new TableViewer(tableArea, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, Messages.Alike_ColumnLine, 6, r -> String.valueOf(r.line()));
        column(layout, Messages.Alike_ColumnRecord, 34,
                r -> r.details().isEmpty() ? r.name() : r.name() + " \u00b7 " + r.details()); //$NON-NLS-1$
        column(layout, Messages.Alike_ColumnExisting, 34, LookAlikesDialog::existing);
        column(layout, Messages.Alike_ColumnAction, 26, r -> label(chosen.get(r.line())));
        table.setInput(alike);
        Label forSelected = new Label(body, SWT.NONE);
        forSelected.setText(Messages.Alike_ForSelected);
        action = new Combo(body, SWT.READ_ONLY);
        for (Resolution resolution : ACTIONS) {
            action.add(label(resolution));
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(action);
        table.addSelectionChangedListener(e -> showAction());
        action.addListener(SWT.Selection, e -> {
            Resolution resolution = ACTIONS[action.getSelectionIndex()];
            for (Object selected : table.getStructuredSelection()) {
                chosen.put(((LookAlike) selected).line(), resolution);
            }
            table.refresh();
        });
        if (!alike.isEmpty()) {
            table.getTable().select(0);
            showAction();
        }
        table.getControl().setFocus();
        return area;
    }

    /** The combo shows the selected records' action when they share one. */
    private void showAction() {
        IStructuredSelection selection = table.getStructuredSelection();
        Resolution shared = null;
        boolean same = true;
        for (Object selected : selection) {
            Resolution r = chosen.get(((LookAlike) selected).line());
            if (shared == null && r != null) {
                shared = r;
            } else if (r != shared) {
                same = false;
            }
        }
        action.setEnabled(!selection.isEmpty());
        if (same && shared != null) {
            action.select(java.util.Arrays.asList(ACTIONS).indexOf(shared));
        } else {
            action.deselectAll();
        }
    }

    private static String existing(LookAlike record) {
        CustomerSummary first = record.existing().get(0);
        String details = String.join(" \u00b7 ", java.util.stream.Stream.of(first.email(), first.phone(), first.city()) //$NON-NLS-1$
                .filter(v -> v != null && !v.isBlank()).toList());
        String text = details.isEmpty() ? first.name() : first.name() + " \u00b7 " + details; //$NON-NLS-1$
        return record.existing().size() == 1 ? text : NLS.bind(Messages.Alike_More, text, record.existing().size() - 1);
    }

    private static String label(Resolution resolution) {
        if (resolution == null) {
            return Messages.Alike_Leave;
        }
        return switch (resolution) {
        case SKIP -> Messages.Alike_Skip;
        case UPDATE -> Messages.Alike_Update;
        case CREATE -> Messages.Alike_Create;
        };
    }

    private void column(TableColumnLayout layout, String title, int weight,
            java.util.function.Function<LookAlike, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((LookAlike) element);
            }
        });
        layout.setColumnData(column.getColumn(),
                new ColumnWeightData(weight, dev.candor.ui.Columns.atLeastTitle(table.getTable(), title, 50)));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Import_Button, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** What the import does: every line the user decided, the update aimed at the most alike customer. */
    public ImportChoices choices() {
        Map<Integer, ImportChoices.Choice> lines = new HashMap<>();
        for (LookAlike record : alike) {
            Resolution resolution = chosen.get(record.line());
            if (resolution != null) {
                lines.put(record.line(), new ImportChoices.Choice(resolution, record.existing().get(0).id()));
            }
        }
        // records the check did not see (the file's own repeats) are skipped: a second customer is a decision
        return new ImportChoices(Resolution.SKIP, lines);
    }
}
