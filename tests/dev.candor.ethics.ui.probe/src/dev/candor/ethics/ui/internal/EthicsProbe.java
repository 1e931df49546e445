package dev.candor.ethics.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;

import dev.candor.ethics.Dashboard;
import dev.candor.model.Channel;
import dev.candor.model.ChecklistTemplate;
import dev.candor.model.EthicsReview;
import dev.candor.model.Interaction;

/**
 * What tests read and drive in the ethics views and pages, from a fragment that only tests
 * install: Candor itself carries no test accessors.
 */
public final class EthicsProbe {

    private EthicsProbe() {
    }

    // the Ethics Checklist

    public static Interaction getInteraction(EthicsChecklistView view) {
        return view.interaction;
    }

    public static TableViewer getViewer(EthicsChecklistView view) {
        return view.viewer;
    }

    /** What the view says above the checklist (loading, a failure); empty when nothing. */
    public static String getMessage(EthicsChecklistView view) {
        return view.message.getText();
    }

    public static String getScoreText(EthicsChecklistView view) {
        return view.score.getText();
    }

    public static Button getSaveButton(EthicsChecklistView view) {
        return view.save;
    }

    public static List<EthicsReview> getSavedReviews(EthicsChecklistView view) {
        return view.saved;
    }

    /** Whether the checklist shows the unsaved draft rather than a saved review. */
    public static boolean isShowingDraft(EthicsChecklistView view) {
        return view.shown < 0;
    }

    // the Quality Dashboard

    public static Dashboard getShown(QualityDashboardView view) {
        return view.shown;
    }

    /** How many times the dashboard has read its figures. */
    public static int getLoads(QualityDashboardView view) {
        return view.loads;
    }

    public static Chart getTrendChart(QualityDashboardView view) {
        return view.trend;
    }

    public static Chart getFailuresChart(QualityDashboardView view) {
        return view.failures;
    }

    /** The label the trend's x axis shows at {@code value}. */
    public static String trendTick(QualityDashboardView view, double value) {
        return view.trend.getAxisSet().getXAxis(0).getTick().getFormat().format(value);
    }

    /** Exports what the dashboard shows to {@code target}, as its Export button does after the file dialog. */
    public static Job exportTo(QualityDashboardView view, Path target) {
        return view.exportTo(target);
    }

    // the preference pages

    public static Text getText(EthicsSettingsPage page) {
        return page.text;
    }

    public static boolean isReadOnly(EthicsSettingsPage page) {
        return page.readOnly;
    }

    /** Whether the settings and the user's permission have been read. */
    public static boolean isSettled(EthicsSettingsPage page) {
        return page.settled;
    }

    /** Ticks exactly these channels. */
    public static void setChannels(TemplatesPage page, Set<Channel> ticked) {
        for (Button box : page.channels) {
            box.setSelection(ticked.contains(box.getData()));
        }
    }

    public static TableViewer getItems(TemplatesPage page) {
        return page.items;
    }

    public static ChecklistTemplate getEditing(TemplatesPage page) {
        return page.editing;
    }

    public static boolean isReadOnly(TemplatesPage page) {
        return page.readOnly;
    }

    /** Whether the templates and the user's permission have been read. */
    public static boolean isSettled(TemplatesPage page) {
        return page.settled && page.newest.size() > 0;
    }

    /** Starts a new template as a copy of the one shown, as "Copy…" does after asking the name. */
    public static void createCopy(TemplatesPage page, String newName) {
        page.createCopy(newName);
    }
}
