package dev.candor.examples.feedback.ui.internal;

import java.text.DateFormat;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.candor.examples.feedback.FeedbackDue;
import dev.candor.examples.feedback.Nps;
import dev.candor.model.Customer;
import dev.candor.examples.feedback.Answer;
import dev.candor.examples.feedback.FeedbackService;
import dev.candor.profiles.ui.ProfileSection;
import dev.candor.store.StoreException;
import dev.candor.ui.Services;
import dev.candor.nls.Plurals;

/** The customer's feedback in their profile: score, latest answer, what waits for an answer. */
public final class FeedbackSection implements ProfileSection {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    private Label score;
    private Label latest;
    private Label waiting;
    private volatile long customerId = -1;

    @Override
    public void createContent(Composite parent, FormToolkit toolkit) {
        score = row(parent, toolkit, Messages.Section_Score);
        latest = row(parent, toolkit, Messages.Section_Latest);
        waiting = row(parent, toolkit, Messages.Section_Waiting);
    }

    private static Label row(Composite parent, FormToolkit toolkit, String title) {
        toolkit.createLabel(parent, title);
        Label value = toolkit.createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(value);
        return value;
    }

    @Override
    public void setCustomer(Customer customer) {
        long id = customer.getId();
        customerId = id;
        if (id <= 0) {
            show(List.of(), null);
            return;
        }
        score.setText(Messages.View_Loading);
        Job job = Job.create(Messages.Job_Load, monitor -> {
            FeedbackService service = Services.await(FeedbackService.class, Services.OPEN_TIMEOUT_MILLIS).orElse(null);
            try {
                List<Answer> feedback = service == null ? List.of() : service.listForCustomer(id);
                score.getDisplay().asyncExec(() -> {
                    if (customerId == id) {
                        show(feedback, service == null ? Services.whyUnavailable() : null);
                    }
                });
            } catch (StoreException e) {
                score.getDisplay().asyncExec(() -> show(List.of(), NLS.bind(Messages.View_Failed, e.getMessage())));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<Answer> feedback, String problem) {
        if (score.isDisposed()) {
            return;
        }
        if (problem != null) {
            score.setText(problem);
        } else if (feedback.isEmpty()) {
            score.setText(Messages.Section_NoFeedback);
        } else {
            Nps nps = Nps.of(feedback);
            score.setText(Plurals.format(Messages.Section_ScoreValue, FeedbackRows.score(nps), nps.answers()));
        }
        Answer newest = feedback.isEmpty() ? null : feedback.get(0);
        latest.setText(newest == null ? "–" : NLS.bind(Messages.Section_LatestValue, new Object[] { newest.rating(), //$NON-NLS-1$
                DateFormat.getDateInstance(DateFormat.MEDIUM).format(java.util.Date.from(newest.receivedAt())),
                newest.text() == null ? "" : "“" + newest.text() + "”" })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Instant now = clock.instant();
        long open = feedback.stream().filter(f -> !f.isAnswered()).count();
        long overdue = feedback.stream()
                .filter(f -> !f.isAnswered() && FeedbackDue.lateAt(f, FeedbackRows.calendar(clock.getZone()), now)).count();
        waiting.setText(open == 0 ? Messages.Section_NothingWaiting : NLS.bind(Messages.Section_WaitingValue, open, overdue));
        score.getParent().layout(true);
    }
}
