package dev.candor.profiles.ui.internal;

import java.time.Duration;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.candor.model.Customer;
import dev.candor.store.CustomerFacts;
import dev.candor.store.CustomerFacts.ScorePoint;
import dev.candor.ui.Labels;
import dev.candor.nls.Plurals;

/**
 * What an account manager reads first: open and overdue promises, the last
 * contact, the ethics score trend and the language to use.
 */
public final class ProfileHeader {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    private final Composite composite;
    private final Label commitments;
    private final Label commitmentsDetail;
    private final Label lastContact;
    private final Label lastContactDetail;
    private final Label score;
    private final Label scoreDetail;
    private final Label language;
    private final Label languageDetail;

    ProfileHeader(FormToolkit toolkit, Composite parent, Customer customer, CustomerFacts facts) {
        composite = toolkit.createComposite(parent, SWT.BORDER);
        GridLayoutFactory.fillDefaults().numColumns(4).equalWidth(true).margins(10, 8).spacing(18, 2).applyTo(composite);
        Label[] captions = { toolkit.createLabel(composite, Messages.Header_Commitments),
                toolkit.createLabel(composite, Messages.Header_LastContact),
                toolkit.createLabel(composite, Messages.Header_Score),
                toolkit.createLabel(composite, Messages.Header_Language) };
        for (Label caption : captions) {
            caption.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(caption);
        }
        commitments = value(toolkit);
        lastContact = value(toolkit);
        score = value(toolkit);
        language = value(toolkit);
        commitmentsDetail = detail(toolkit);
        lastContactDetail = detail(toolkit);
        scoreDetail = detail(toolkit);
        languageDetail = detail(toolkit);
        update(customer, facts);
    }

    private Label value(FormToolkit toolkit) {
        Label label = toolkit.createLabel(composite, ""); //$NON-NLS-1$
        label.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        return label;
    }

    private Label detail(FormToolkit toolkit) {
        Label label = toolkit.createLabel(composite, ""); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        return label;
    }

    /** Shows the customer's facts; {@code null} while they are still being counted. */
    void update(Customer customer, CustomerFacts facts) {
        if (facts == null) {
            for (Label label : new Label[] { commitments, lastContact, score }) {
                label.setText("\u2026"); //$NON-NLS-1$
            }
            for (Label label : new Label[] { commitmentsDetail, lastContactDetail, scoreDetail }) {
                label.setText(""); //$NON-NLS-1$
            }
            showLanguage(customer);
            return;
        }
        Color normal = composite.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        Color alarm = composite.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        commitments.setText(Long.toString(facts.openCommitments()));
        commitmentsDetail.setText(facts.overdueCommitments() == 0 ? Messages.Header_NoneOverdue
                : NLS.bind(Messages.Header_Overdue, facts.overdueCommitments()));
        commitmentsDetail.setForeground(facts.overdueCommitments() == 0 ? normal : alarm);
        commitments.setForeground(facts.overdueCommitments() == 0 ? normal : alarm);

        if (facts.lastContactAt() == null) {
            lastContact.setText(Messages.Header_Never);
            lastContactDetail.setText(""); //$NON-NLS-1$
        } else {
            lastContact.setText(dev.candor.nls.Dates.date(facts.lastContactAt(), dev.candor.ui.CandorUi.zone()));
            long days = Math.max(0, Duration.ofMillis(clock.millis() - facts.lastContactAt().getTime()).toDays());
            lastContactDetail.setText(NLS.bind(Messages.Header_LastContactDetail, Labels.of(facts.lastContactChannel()),
                    days == 0 ? Messages.Header_Today : Plurals.format(Messages.Header_DaysAgo, days)));
        }

        List<ScorePoint> points = facts.scores();
        if (points.isEmpty()) {
            score.setText(Messages.Header_NoScore);
            scoreDetail.setText(Messages.Header_NoReviews);
        } else {
            ScorePoint last = points.get(points.size() - 1);
            String trend = points.size() < 2 ? "" : trendArrow(points.get(points.size() - 2).score(), last.score()); //$NON-NLS-1$
            score.setText(Math.round(last.score()) + trend);
            int reviews = points.stream().mapToInt(ScorePoint::reviews).sum();
            scoreDetail.setText(Plurals.format(Messages.Header_Reviews, reviews, points.size()));
        }

        showLanguage(customer);
    }

    private void showLanguage(Customer customer) {
        language.setText(customer.getPreferredLanguage() == null ? Messages.Header_NoLanguage
                : Labels.of(customer.getPreferredLanguage()));
        languageDetail.setText(customer.getPreferredChannel() == null ? "" //$NON-NLS-1$
                : NLS.bind(Messages.Header_Prefers, Labels.of(customer.getPreferredChannel())));
        composite.layout(true);
    }

    /** ▲ when the score rose by more than a point, ▼ when it fell, ▶ when it held. */
    static String trendArrow(double before, double now) {
        if (now - before > 1) {
            return " \u25b2"; //$NON-NLS-1$
        }
        if (before - now > 1) {
            return " \u25bc"; //$NON-NLS-1$
        }
        return " \u25b6"; //$NON-NLS-1$
    }

    Control control() {
        return composite;
    }

}
