package dev.candor.history.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dev.candor.history.GlobalSearch;
import dev.candor.history.SearchResults;
import dev.candor.store.CustomerSummary;
import dev.candor.ui.CustomerRef;

/**
 * Picks the customer an interaction belongs to, found by name as it is typed (the global
 * search: case and accents do not matter). Down moves from the name into the list; Enter picks.
 */
public final class CustomerChoiceDialog extends TitleAreaDialog {

    static final int LIMIT = 50;

    private final String current;
    Text query;
    Table matches;
    private final List<CustomerSummary> shown = new ArrayList<>();
    private CustomerRef chosen;
    private Job job;

    public CustomerChoiceDialog(Shell parent, String current) {
        super(parent);
        this.current = current;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Choose_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Choose_Heading);
        setMessage(NLS.bind(Messages.Choose_Message, current));
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(12, 10).spacing(6, 6).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        query = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage(Messages.Choose_Hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        query.addModifyListener(event -> search());
        query.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN && matches.getItemCount() > 0) {
                matches.setSelection(0);
                matches.setFocus();
                selected();
                event.doit = false;
            }
        });
        matches = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        matches.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 260).applyTo(matches);
        column(Messages.Choose_ColumnName, 260);
        column(Messages.Choose_ColumnReach, 280);
        matches.addListener(SWT.Selection, event -> selected());
        matches.addListener(SWT.DefaultSelection, event -> {
            selected();
            if (chosen != null) {
                okPressed();
            }
        });
        return area;
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(matches, SWT.NONE);
        column.setText(text);
        column.setWidth(dev.candor.ui.Columns.atLeastTitle(matches, text, width));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Choose_Pick, true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void selected() {
        int index = matches.getSelectionIndex();
        CustomerSummary customer = index < 0 || index >= shown.size() ? null : shown.get(index);
        chosen = customer == null ? null : new CustomerRef(customer.id(), customer.name(), null);
        getButton(IDialogConstants.OK_ID).setEnabled(chosen != null);
    }

    private void search() {
        if (job != null) {
            job.cancel();
        }
        String text = query.getText();
        if (text.isBlank()) {
            show(null);
            return;
        }
        GlobalSearch search = dev.candor.ui.Services.get(GlobalSearch.class).orElse(null);
        if (search == null) {
            setErrorMessage(Messages.Search_NotReady);
            return;
        }
        job = Job.create(NLS.bind(Messages.Search_Job, text), monitor -> {
            try {
                SearchResults found = search.search(text, LIMIT, monitor);
                if (!monitor.isCanceled() && !matches.isDisposed()) {
                    matches.getDisplay().asyncExec(() -> {
                        if (!matches.isDisposed() && text.equals(query.getText())) {
                            show(found);
                        }
                    });
                }
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                if (!matches.isDisposed()) {
                    matches.getDisplay().asyncExec(() -> {
                        if (!matches.isDisposed()) {
                            setErrorMessage(NLS.bind(Messages.Search_Failed, e.getMessage()));
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        });
        job.setSystem(true);
        job.schedule(150);
    }

    private void show(SearchResults found) {
        matches.removeAll();
        shown.clear();
        setErrorMessage(null);
        if (found != null) {
            for (CustomerSummary customer : found.customers()) {
                TableItem item = new TableItem(matches, SWT.NONE);
                item.setImage(0, Images.named("customer")); //$NON-NLS-1$
                item.setText(0, customer.name());
                List<String> reach = new ArrayList<>();
                for (String part : new String[] { customer.organisation(), customer.email(), customer.phone(),
                        customer.city() }) {
                    if (part != null && !part.isBlank()) {
                        reach.add(part);
                    }
                }
                item.setText(1, String.join("  \u00b7  ", reach)); //$NON-NLS-1$
                shown.add(customer);
            }
            if (shown.isEmpty()) {
                setMessage(NLS.bind(Messages.Search_Nothing, found.query()));
            } else {
                setMessage(NLS.bind(Messages.Choose_Message, current));
            }
        }
        selected();
    }

    @Override
    public boolean close() {
        if (job != null) {
            job.cancel();
        }
        return super.close();
    }

    /** The customer picked, once the dialog closed with OK. */
    public CustomerRef getChosen() {
        return chosen;
    }
}
