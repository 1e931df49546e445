package dev.candor.examples.feedback.ui.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

import dev.candor.ethics.ui.DashboardChart;
import dev.candor.examples.feedback.Nps;
import dev.candor.examples.feedback.Answer;
import dev.candor.examples.feedback.FeedbackService;
import dev.candor.store.StoreException;
import dev.candor.ui.Services;

/** The Quality Dashboard's Net Promoter Score per month of the chosen period. */
public final class NpsChart implements DashboardChart {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    /** Months with their score, oldest first. */
    public record Months(List<String> months, List<Double> scores, List<Integer> answers) {
    }

    private Chart chart;

    @Override
    public Control createControl(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setVisible(false);
        chart.getLegend().setVisible(false);
        chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.Chart_Axis);
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        return chart;
    }

    @Override
    public Object read(Instant from) throws StoreException {
        FeedbackService service = Services.get(FeedbackService.class)
                .orElseThrow(() -> new IllegalStateException(Services.whyUnavailable()));
        List<Answer> feedback = service.listReceived(from, clock.instant().plusSeconds(1), 200_000);
        Map<YearMonth, List<Answer>> byMonth = new TreeMap<>();
        for (Answer f : feedback) {
            byMonth.computeIfAbsent(YearMonth.from(f.receivedAt().atZone(clock.getZone())),
                    m -> new ArrayList<>()).add(f);
        }
        List<String> months = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        byMonth.forEach((month, theirs) -> {
            months.add(month.toString());
            Nps nps = Nps.of(theirs);
            scores.add(nps.score());
            answers.add(nps.answers());
        });
        return new Months(months, scores, answers);
    }

    @Override
    public void show(Object data) {
        Months shown = (Months) data;
        for (var series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        chart.getAxisSet().getXAxis(0).setCategorySeries(
                shown.months().isEmpty() ? new String[] { Messages.Chart_NoAnswers } : shown.months().toArray(String[]::new));
        if (!shown.months().isEmpty()) {
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "nps"); //$NON-NLS-1$
            line.setYSeries(shown.scores().stream().mapToDouble(Double::doubleValue).toArray());
            line.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_CYAN));
            line.enableArea(false);
        }
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(-100, 100));
        chart.redraw();
    }
}
