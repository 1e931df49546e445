package dev.candor.ethics.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.part.ViewPart;

import dev.candor.ethics.Dashboard;
import dev.candor.ethics.ReviewService;
import dev.candor.services.DataTopics;
import dev.candor.ui.DataEvents;
import dev.candor.ui.Services;
import dev.candor.nls.Plurals;

/**
 * The quality dashboard: average review score per month for the busiest
 * account managers, teams or customers; the items that fail most; and a table
 * of every group and month (with the kept-on-time rate of promises per
 * account manager) that exports to CSV. Read in a job, refreshed when reviews
 * are saved.
 */
public final class QualityDashboardView extends ViewPart {

    /** Candor's clock: what this asks for the time. */
    private final java.time.Clock clock = dev.candor.ui.CandorUi.clock();

    public static final String ID = "dev.candor.ethics.ui.views.dashboard"; //$NON-NLS-1$
    /** Where other bundles contribute charts. */
    static final String CHARTS = "dev.candor.ethics.ui.charts"; //$NON-NLS-1$
    private static final int[] MONTHS = { 3, 6, 12 };
    private static final int TREND_LINES = 6;
    private static final RGB[] PALETTE = { new RGB(0x1f, 0x77, 0xb4), new RGB(0xd6, 0x27, 0x28),
            new RGB(0x2c, 0xa0, 0x2c), new RGB(0xff, 0x7f, 0x0e), new RGB(0x94, 0x67, 0xbd), new RGB(0x8c, 0x56, 0x4b) };

    private Combo period;
    private Combo grouping;
    private Label summary;
    private SashForm charts;
    Chart trend;
    private Chart failures;
    private TableViewer table;
    private Button export;
    private final List<Color> colors = new java.util.ArrayList<>();
    Dashboard shown;
    private Job loadJob;
    private Runnable unsubscribe;
    int loads;

    @Override
    public void createPartControl(Composite parent) {
        for (RGB rgb : PALETTE) {
            colors.add(new Color(parent.getDisplay(), rgb));
        }
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).spacing(8, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Dashboard_Period);
        period = new Combo(bar, SWT.READ_ONLY);
        for (int months : MONTHS) {
            period.add(Plurals.format(Messages.Dashboard_Months, months));
        }
        period.select(1);
        period.addListener(SWT.Selection, e -> load());
        new Label(bar, SWT.NONE).setText(Messages.Dashboard_Group);
        grouping = new Combo(bar, SWT.READ_ONLY);
        grouping.setItems(Messages.Dashboard_ByManager, Messages.Dashboard_ByTeam, Messages.Dashboard_ByCustomer);
        grouping.select(0);
        grouping.addListener(SWT.Selection, e -> load());
        export = new Button(bar, SWT.PUSH);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(export);
        export.setText(Messages.Dashboard_Export);
        export.addListener(SWT.Selection, e -> exportCsv());
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(summary);

        charts = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(charts);
        trend = chart(charts, Messages.Dashboard_TrendTitle, Messages.Dashboard_ScoreAxis);
        failures = chart(charts, Messages.Dashboard_FailedTitle, Messages.Dashboard_FailuresAxis);
        failures.getLegend().setVisible(false);
        failures.getAxisSet().getYAxis(0).getTitle().setVisible(false);
        // long item names read best along the vertical axis
        failures.setOrientation(SWT.VERTICAL);
        trend.getLegend().setPosition(SWT.BOTTOM);
        charts.setWeights(1, 1);

        Composite tableArea = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 140).applyTo(tableArea);
        TableColumnLayout layout = new TableColumnLayout();
        tableArea.setLayout(layout);
        table = new TableViewer(tableArea, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, Messages.Dashboard_ColumnGroup, 30, r -> r.group());
        column(layout, Messages.Dashboard_ColumnMonth, 12, r -> r.month());
        column(layout, Messages.Dashboard_ColumnReviews, 12, r -> String.valueOf(r.reviews()));
        column(layout, Messages.Dashboard_ColumnAverage, 14, r -> String.format("%.1f %%", r.averageScore())); //$NON-NLS-1$
        column(layout, Messages.Dashboard_ColumnFailed, 14, r -> String.valueOf(r.failedReviews()));
        column(layout, Messages.Dashboard_ColumnKept, 18,
                r -> Double.isNaN(r.keptRate()) ? "\u2014" : String.format("%.0f %%", 100 * r.keptRate())); //$NON-NLS-1$ //$NON-NLS-2$
        contributeCharts(parent);
        // every change that moves a figure: reviews (scores), commitments (the kept-on-time rate
        // moves with every status change), interactions and customers (the groups), templates
        // (item titles), and F5; contributed charts read their own data on the same load
        unsubscribe = DataEvents.subscribe(parent.getDisplay(), DataTopics.ALL, change -> !change.concerns(DataTopics.LAYOUT),
                change -> load());
        load();
    }

    /** A contributed chart, its place, and whether it still works. */
    private static final class Contributed {
        final dev.candor.ui.OrderedContributions.Contribution contribution;
        final Composite place;
        dev.candor.ethics.ui.DashboardChart chart;

        Contributed(dev.candor.ui.OrderedContributions.Contribution contribution, Composite place) {
            this.contribution = contribution;
            this.place = place;
        }
    }

    private final List<Contributed> contributed = new java.util.ArrayList<>();

    /** A titled place for each contributed chart, below the dashboard's own figures. */
    private void contributeCharts(Composite parent) {
        for (dev.candor.ui.OrderedContributions.Contribution contribution : dev.candor.ui.OrderedContributions
                .read(CHARTS)) {
            org.eclipse.swt.widgets.Group place = new org.eclipse.swt.widgets.Group(parent, SWT.NONE);
            place.setText(contribution.title());
            place.setLayout(new org.eclipse.swt.layout.FillLayout());
            GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(place);
            Contributed c = new Contributed(contribution, place);
            contributed.add(c);
            try {
                c.chart = contribution.create(dev.candor.ethics.ui.DashboardChart.class);
                c.chart.createControl(place);
            } catch (org.eclipse.core.runtime.CoreException | RuntimeException | LinkageError e) {
                failed(c, e);
            }
        }
    }

    /** Replaces a failing chart by a line saying so, and logs why; the dashboard goes on. */
    private void failed(Contributed c, Throwable e) {
        if (c.chart != null) {
            try {
                c.chart.dispose();
            } catch (RuntimeException | LinkageError ignored) {
                // it failed already; the first failure is the one logged
            }
        }
        c.chart = null;
        if (!c.place.isDisposed()) {
            for (org.eclipse.swt.widgets.Control child : c.place.getChildren()) {
                child.dispose();
            }
            new Label(c.place, SWT.WRAP).setText(NLS.bind(Messages.Charts_Failed, e.getMessage()));
            c.place.layout(true);
        }
        dev.candor.ui.OrderedContributions.log(NLS.bind(Messages.Charts_FailedLog, c.contribution.title(), c.contribution.contributor()), e);
    }

    /** The contributed charts' data, read in the dashboard's job; a failing chart is switched to its message. */
    private java.util.Map<Contributed, Object> readContributed(java.time.Instant from) {
        java.util.Map<Contributed, Object> data = new java.util.HashMap<>();
        for (Contributed c : contributed) {
            dev.candor.ethics.ui.DashboardChart chart = c.chart;
            if (chart == null) {
                continue;
            }
            try {
                data.put(c, chart.read(from));
            } catch (Exception | LinkageError e) {
                async(() -> failed(c, e));
            }
        }
        return data;
    }

    private void showContributed(java.util.Map<Contributed, Object> data) {
        for (Contributed c : contributed) {
            if (c.chart != null && data.containsKey(c)) {
                try {
                    c.chart.show(data.get(c));
                } catch (RuntimeException | LinkageError e) {
                    failed(c, e);
                }
            }
        }
    }

    private Chart chart(Composite parent, String title, String yTitle) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(title);
        chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
        chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        return chart;
    }

    private void column(TableColumnLayout layout, String title, int weight,
            java.util.function.Function<Dashboard.Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Dashboard.Row) element);
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
    }

    /** Reads the figures for the chosen period and grouping in a job. */
    public void load() {
        if (loadJob != null) {
            loadJob.cancel();
        }
        int months = MONTHS[Math.max(0, period.getSelectionIndex())];
        Dashboard.Grouping by = Dashboard.Grouping.values()[Math.max(0, grouping.getSelectionIndex())];
        summary.setText(Messages.Dashboard_Loading);
        loadJob = Job.create(Messages.Dashboard_Job, (IProgressMonitor monitor) -> {
            ReviewService service = Services.await(ReviewService.class, Services.OPEN_TIMEOUT_MILLIS).orElse(null);
            if (service == null) {
                async(() -> summary.setText(Services.whyUnavailable()));
                return Status.OK_STATUS;
            }
            try {
                Dashboard data = service.dashboard(by, months);
                java.util.Map<Contributed, Object> charts = readContributed(Dashboard.periodStart(months, clock));
                if (!monitor.isCanceled()) {
                    async(() -> {
                        show(data);
                        showContributed(charts);
                    });
                }
            } catch (Exception e) {
                async(() -> summary.setText(NLS.bind(Messages.Dashboard_LoadFailed, e.getMessage())));
            }
            return Status.OK_STATUS;
        });
        loadJob.setSystem(true);
        loadJob.schedule();
    }

    private void async(Runnable runnable) {
        if (!summary.isDisposed()) {
            summary.getDisplay().asyncExec(() -> {
                if (!summary.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    private void show(Dashboard data) {
        shown = data;
        loads++;
        summary.setText(data.reviews() == 0 ? Messages.Dashboard_Empty
                : Plurals.format(Messages.Dashboard_Summary, new Object[] { data.reviews(),
                        String.format("%.1f", data.averageScore()), data.failedReviews() })); //$NON-NLS-1$
        summary.getParent().layout(true);
        // no reviews yet: the summary says so; empty axes would only puzzle
        boolean any = data.reviews() > 0;
        charts.setVisible(any);
        ((org.eclipse.swt.layout.GridData) charts.getLayoutData()).exclude = !any;
        charts.getParent().layout(true, true);
        showTrend(data);
        showFailures(data);
        table.setInput(data.rows());
        export.setEnabled(!data.rows().isEmpty());
    }

    private void showTrend(Dashboard data) {
        for (ISeries<?> series : trend.getSeriesSet().getSeries()) {
            trend.getSeriesSet().deleteSeries(series.getId());
        }
        String[] months = data.months().toArray(String[]::new);
        java.time.format.DateTimeFormatter shortMonth = java.time.format.DateTimeFormatter.ofPattern("LLL yy"); //$NON-NLS-1$
        String[] labels = new String[months.length];
        for (int i = 0; i < months.length; i++) {
            labels[i] = java.time.YearMonth.parse(months[i]).format(shortMonth);
        }
        trend.getAxisSet().getXAxis(0).setCategorySeries(months.length == 0 ? new String[] { "" } : labels); //$NON-NLS-1$
        int colour = 0;
        for (String group : data.busiestGroups(TREND_LINES)) {
            double[] values = new double[months.length];
            java.util.Arrays.fill(values, Double.NaN);
            for (Dashboard.Row row : data.rows()) {
                if (row.group().equals(group)) {
                    values[java.util.Arrays.asList(months).indexOf(row.month())] = row.averageScore();
                }
            }
            fillGaps(values);
            ILineSeries<?> line = (ILineSeries<?>) trend.getSeriesSet().createSeries(SeriesType.LINE, "g" + colour); //$NON-NLS-1$
            line.setDescription(group);
            line.setYSeries(values);
            line.setLineColor(colors.get(colour % colors.size()));
            line.setSymbolColor(colors.get(colour % colors.size()));
            line.setLineWidth(2);
            colour++;
        }
        trend.getAxisSet().adjustRange();
        trend.getAxisSet().getYAxis(0).setRange(new Range(0, 100));
        trend.redraw();
    }

    /** A month without reviews takes its neighbour's value, so a line does not break into nothing. */
    private static void fillGaps(double[] values) {
        double last = Double.NaN;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                values[i] = last;
            } else {
                last = values[i];
            }
        }
        for (int i = values.length - 1; i >= 0; i--) {
            if (Double.isNaN(values[i])) {
                values[i] = i + 1 < values.length ? values[i + 1] : 0;
            }
        }
    }

    private void showFailures(Dashboard data) {
        for (ISeries<?> series : failures.getSeriesSet().getSeries()) {
            failures.getSeriesSet().deleteSeries(series.getId());
        }
        List<Map.Entry<String, Integer>> top = data.failures().entrySet().stream().limit(8).toList();
        String[] items = top.stream().map(Map.Entry::getKey).map(QualityDashboardView::shortLabel).toArray(String[]::new);
        double[] counts = top.stream().mapToDouble(Map.Entry::getValue).toArray();
        if (items.length > 0) {
            failures.getAxisSet().getXAxis(0).setCategorySeries(items);
            IBarSeries<?> bars = (IBarSeries<?>) failures.getSeriesSet().createSeries(SeriesType.BAR, "failures"); //$NON-NLS-1$
            bars.setDescription(Messages.Dashboard_FailuresAxis);
            bars.setYSeries(counts);
            bars.setBarColor(colors.get(1));
        }
        failures.getAxisSet().adjustRange();
        failures.redraw();
    }

    /** Item names cut to fit beside the bars; the table and the CSV have them whole. */
    private static String shortLabel(String label) {
        return label.length() <= 18 ? label : label.substring(0, 17).strip() + "\u2026"; //$NON-NLS-1$
    }

    private void exportCsv() {
        Dashboard data = shown;
        if (data == null || data.rows().isEmpty()) {
            return;
        }
        FileDialog files = new FileDialog(summary.getShell(), SWT.SAVE);
        files.setText(Messages.Dashboard_Export);
        files.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
        files.setFileName("candor-quality.csv"); //$NON-NLS-1$
        files.setOverwrite(true);
        String chosen = files.open();
        if (chosen != null) {
            exportTo(Path.of(chosen.endsWith(".csv") ? chosen : chosen + ".csv")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Writes the table to {@code target} in a job: the whole file or, if it fails, none. */
    Job exportTo(Path target) {
        Dashboard data = shown;
        Job job = Job.create(NLS.bind(Messages.Dashboard_ExportJob, target.getFileName()), (IProgressMonitor monitor) -> {
            SubMonitor progress = SubMonitor.convert(monitor, 1);
            Path partial = target.resolveSibling(target.getFileName() + ".part"); //$NON-NLS-1$
            try {
                try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    out.write('\ufeff'); // spreadsheets read UTF-8 only with the byte-order mark
                    out.write(csv(data));
                }
                if (progress.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                progress.worked(1);
                return Status.info(Plurals.format(Messages.Dashboard_ExportDone, data.rows().size(), target));
            } catch (IOException e) {
                return Status.error(NLS.bind(Messages.Dashboard_ExportFailed, target, e.getMessage()), e);
            } finally {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // nothing more to do: the target was not touched
                }
            }
        });
        job.setUser(true);
        dev.candor.ui.JobOutcomes.tellWhenDone(job, summary.getShell(), Messages.Dashboard_Export,
                event -> event.getResult().getSeverity() == IStatus.ERROR ? event.getResult() : null);
        job.schedule();
        return job;
    }

    /** The table as CSV (RFC 4180): header, then one line per group and month, numbers in the root locale. */
    static String csv(Dashboard data) {
        StringBuilder out = new StringBuilder();
        line(out, Messages.Dashboard_ColumnGroup, Messages.Dashboard_ColumnMonth, Messages.Dashboard_ColumnReviews,
                Messages.Dashboard_ColumnAverage, Messages.Dashboard_ColumnFailed, Messages.Dashboard_ColumnKept);
        for (Dashboard.Row row : data.rows()) {
            line(out, row.group(), row.month(), String.valueOf(row.reviews()),
                    String.format(java.util.Locale.ROOT, "%.1f", row.averageScore()), //$NON-NLS-1$
                    String.valueOf(row.failedReviews()), Double.isNaN(row.keptRate()) ? "" //$NON-NLS-1$
                            : String.format(java.util.Locale.ROOT, "%.1f", 100 * row.keptRate())); //$NON-NLS-1$
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells[i] == null ? "" : cells[i]; //$NON-NLS-1$
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                out.append('"').append(cell.replace("\"", "\"\"")).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n"); //$NON-NLS-1$
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        for (Contributed c : contributed) {
            if (c.chart != null) {
                try {
                    c.chart.dispose();
                } catch (RuntimeException | LinkageError e) {
                    dev.candor.ui.OrderedContributions.log(NLS.bind(Messages.Charts_FailedLog, c.contribution.title(),
                            c.contribution.contributor()), e);
                }
            }
        }
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        if (loadJob != null) {
            loadJob.cancel();
        }
        colors.forEach(Color::dispose);
        super.dispose();
    }
}
