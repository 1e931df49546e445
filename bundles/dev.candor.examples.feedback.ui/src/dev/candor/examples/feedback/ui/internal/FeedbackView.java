package dev.candor.examples.feedback.ui.internal;

import java.text.DateFormat;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import dev.candor.examples.feedback.Nps;
import dev.candor.examples.feedback.ui.internal.FeedbackRows.Row;
import dev.candor.examples.feedback.Answer;
import dev.candor.examples.feedback.FeedbackService;
import dev.candor.profiles.CustomerService;
import dev.candor.services.DataTopics;
import dev.candor.store.StoreException;
import dev.candor.ui.CandorUi;
import dev.candor.ui.DataEvents;
import dev.candor.ui.Services;

/**
 * Customer Feedback: the team's survey answers of the last 90 days with their Net
 * Promoter Score; what still waits for an answer comes first, the overdue ones (past
 * two business days) in red. Answer records what was done; double-click opens the customer.
 */
public final class FeedbackView extends ViewPart {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    public static final String ID = "dev.candor.examples.feedback.ui.view"; //$NON-NLS-1$

    private Label summary;
    private TableViewer table;
    private Action answer;
    private Runnable unsubscribe;
    volatile FeedbackRows shown;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        summary = new Label(parent, SWT.WRAP);
        summary.setText(Messages.View_Loading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        DateFormat date = DateFormat.getDateInstance(DateFormat.MEDIUM);
        column(Messages.Column_Received, 110, r -> date.format(java.util.Date.from(r.feedback().receivedAt())), null);
        column(Messages.Column_Customer, 180, Row::customer, null);
        column(Messages.Column_Score, 60, r -> Integer.toString(r.feedback().rating()), r -> switch (Nps.category(r.feedback().rating())) {
        case PROMOTER -> Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GREEN);
        case PASSIVE -> null;
        case DETRACTOR -> Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED);
        });
        column(Messages.Column_Comment, 260, r -> r.feedback().text() == null ? "" : r.feedback().text(), null); //$NON-NLS-1$
        column(Messages.Column_Answer, 240, FeedbackRows::answer,
                r -> r.overdue() ? Display.getCurrent().getSystemColor(SWT.COLOR_RED) : null);
        table.addDoubleClickListener(e -> open(selected()));
        table.addSelectionChangedListener(e -> answer.setEnabled(selected() != null && selected().waiting()));

        answer = new Action(Messages.Action_Answer) {
            @Override
            public void run() {
                answer(selected());
            }
        };
        answer.setToolTipText(Messages.Action_AnswerTip);
        answer.setEnabled(false);
        Action refresh = new Action(Messages.Action_Refresh) {
            @Override
            public void run() {
                load();
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(answer);
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        // its own answers, and customers (names; a deleted or merged customer's answers go with them)
        unsubscribe = DataEvents.subscribe(parent.getDisplay(), DataTopics.ALL,
                change -> change.concerns(FeedbackService.ENTITY) || change.concerns(DataTopics.CUSTOMER),
                change -> load());
        load();
    }

    private interface Text {
        String of(Row row);
    }

    private interface Colour {
        Color of(Row row);
    }

    private void column(String title, int width, Text text, Colour colour) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((Row) element);
            }

            @Override
            public Color getForeground(Object element) {
                return colour == null ? null : colour.of((Row) element);
            }
        });
    }

    private Row selected() {
        return (Row) ((IStructuredSelection) table.getSelection()).getFirstElement();
    }

    /** Reads the period in a job and shows it when read. */
    public Job load() {
        Display display = summary.getDisplay();
        Job job = Job.create(Messages.Job_Load, monitor -> {
            FeedbackService service = Services.await(FeedbackService.class, Services.OPEN_TIMEOUT_MILLIS).orElse(null);
            CustomerService customers = Services.get(CustomerService.class).orElse(null);
            if (service == null || customers == null) {
                display.asyncExec(() -> show(null, Services.whyUnavailable()));
                return Status.OK_STATUS;
            }
            try {
                FeedbackRows rows = FeedbackRows.read(service, customers, clock);
                display.asyncExec(() -> show(rows, null));
            } catch (StoreException e) {
                display.asyncExec(() -> show(null, NLS.bind(Messages.View_Failed, e.getMessage())));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private void show(FeedbackRows rows, String problem) {
        if (summary.isDisposed()) {
            return;
        }
        shown = rows;
        summary.setText(problem != null ? problem : rows.summary());
        table.setInput(rows == null ? java.util.List.of() : rows.rows());
        summary.getParent().layout(true);
    }

    private void open(Row row) {
        if (row == null) {
            return;
        }
        try {
            ICommandService commands = getSite().getService(ICommandService.class);
            IHandlerService handlers = getSite().getService(IHandlerService.class);
            handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(CandorUi.COMMAND_OPEN_CUSTOMER),
                    Map.of(CandorUi.PARAMETER_CUSTOMER_ID, Long.toString(row.feedback().customerId()))), null);
        } catch (Exception e) {
            ILog.of(FeedbackView.class).log(Status.warning(e.getMessage(), e));
        }
    }

    private void answer(Row row) {
        if (row == null || !row.waiting()) {
            return;
        }
        IInputValidator required = text -> text.isBlank() ? Messages.Answer_Required
                : text.length() > 4000 ? Messages.Answer_TooLong : null;
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Answer_Title,
                NLS.bind(Messages.Answer_Prompt, row.customer(), row.feedback().rating()), "", required) { //$NON-NLS-1$
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
            }
        };
        if (dialog.open() != Window.OK) {
            return;
        }
        saveAnswer(row.feedback(), dialog.getValue().strip());
    }

    /** Records the answer in a job; the view reloads when it is saved. */
    public Job saveAnswer(Answer feedback, String action) {
        Display display = summary.getDisplay();
        Job job = Job.create(Messages.Job_Answer, monitor -> {
            FeedbackService service = Services.get(FeedbackService.class).orElse(null);
            if (service == null) {
                display.asyncExec(() -> show(shown, NLS.bind(Messages.Answer_Failed, Services.whyUnavailable())));
                return Status.OK_STATUS;
            }
            try {
                // the service records when and announces it; the view reads again on the event
                service.answer(feedback, action);
                return Status.OK_STATUS;
            } catch (StoreException e) {
                display.asyncExec(() -> show(shown, NLS.bind(Messages.Answer_Failed, e.getMessage())));
                return new Status(IStatus.WARNING, "dev.candor.examples.feedback.ui", e.getMessage(), e); //$NON-NLS-1$
            }
        });
        job.schedule();
        return job;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        super.dispose();
    }
}
