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
    Chart failures;
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
        // wraps in a narrow stack instead of squeezing the last button to nothing
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.center = true;
        row.spacing = 8;
        row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
        bar.setLayout(row);
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
        export.setText(Messages.Dashboard_Export);
        export.addListener(SWT.Selection, e -> exportCsv());
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(summary);
        summary.setToolTipText(Messages.Dashboard_Explained);

        charts = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(charts);
        trend = chart(charts, Messages.Dashboard_TrendTitle, Messages.Dashboard_ScoreAxis);
        failures = chart(charts, Messages.Dashboard_FailedTitle, Messages.Dashboard_FailuresAxis);
        failures.getLegend().setVisible(false);
        failures.getAxisSet().getYAxis(0).getTitle().setVisible(false);
        // long item names read best along the vertical axis
        failures.setOrientation(SWT.VERTICAL);
        failures.addListener(SWT.Resize, e -> fitFailureLabels());
        // months are placed by number so that a month without reviews stays a gap
        trend.getAxisSet().getXAxis(0).enableCategory(false);
        trend.getAxisSet().getXAxis(0).getTick().setFormat(new MonthTicks());
        trend.addListener(SWT.Resize, e -> monthSteps());
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
        column(layout, Messages.Dashboard_ColumnMonth, 14, r -> monthName(r.month()));
        column(layout, Messages.Dashboard_ColumnReviews, 10, r -> String.valueOf(r.reviews()));
        column(layout, Messages.Dashboard_ColumnAverage, 12, r -> percent(r.averageScore(), "%.1f")); //$NON-NLS-1$
        column(layout, Messages.Dashboard_ColumnFailed, 14, r -> String.valueOf(r.withFailedItem()));
        column(layout, Messages.Dashboard_ColumnCritical, 14, r -> String.valueOf(r.criticalFailed()));
        column(layout, Messages.Dashboard_ColumnKept, 18, r -> kept(r.keptRate(), r.keptOnTime(), r.promisesSettled()));
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
        chart.getTitle().setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        // a narrow view shows as much of the title as fits, the whole of it as the tooltip
        chart.setToolTipText(title);
        chart.addListener(SWT.Resize, e -> {
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(chart);
            try {
                gc.setFont(chart.getTitle().getFont());
                String fitted = fit(gc, title, Math.max(40, chart.getSize().x - 16));
                if (!fitted.equals(chart.getTitle().getText())) {
                    chart.getTitle().setText(fitted);
                }
            } finally {
                gc.dispose();
            }
        });
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
        layout.setColumnData(column.getColumn(),
                new ColumnWeightData(weight, dev.candor.ui.Columns.atLeastTitle(table.getTable(), title, 60)));
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
        summary.setText(data.reviews() == 0 && data.promisesSettled() == 0 ? Messages.Dashboard_Empty
                : Plurals.format(Messages.Dashboard_Summary, new Object[] { data.reviews(),
                        Double.isNaN(data.averageScore()) ? Messages.Dashboard_None
                                : String.format("%.1f", data.averageScore()), //$NON-NLS-1$
                        data.withFailedItem(), data.criticalFailed(),
                        kept(data.keptRate(), data.keptOnTime(), data.promisesSettled()) }));
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
        List<String> months = data.months();
        ((MonthTicks) trend.getAxisSet().getXAxis(0).getTick().getFormat()).months = months.stream()
                .map(QualityDashboardView::shortMonthName).toList();
        int colour = 0;
        for (String group : data.busiestGroups(TREND_LINES)) {
            Map<String, Dashboard.Row> byMonth = data.rowsOf(group);
            // one line per run of months with reviews: a month without any is a gap, never a guess
            List<double[]> run = new java.util.ArrayList<>();
            boolean first = true;
            for (int i = 0; i <= months.size(); i++) {
                Dashboard.Row row = i < months.size() ? byMonth.get(months.get(i)) : null;
                if (row != null && row.reviews() > 0) {
                    run.add(new double[] { i, row.averageScore() });
                } else if (!run.isEmpty()) {
                    line(group, run, colors.get(colour % colors.size()), first);
                    first = false;
                    run.clear();
                }
            }
            colour++;
        }
        trend.getAxisSet().getXAxis(0).setRange(new Range(-0.5, Math.max(0, months.size() - 1) + 0.5));
        trend.getAxisSet().getYAxis(0).setRange(new Range(0, 100));
        monthSteps();
        trend.redraw();
    }

    /**
     * Ticks a whole month apart (or more when narrow): the chart rounds the hint, as a share of the
     * axis, to 1, 2 or 5 times a power of ten, and half a month would put a nameless tick between
     * two names (which then hides them); a hint of one month's width rounds to a month.
     */
    private void monthSteps() {
        int months = Math.max(1, ((MonthTicks) trend.getAxisSet().getXAxis(0).getTick().getFormat()).months.size());
        int perMonth = trend.getPlotArea().getSize().x / months;
        trend.getAxisSet().getXAxis(0).getTick().setTickMarkStepHint(Math.max(64, perMonth));
    }

    private void line(String group, List<double[]> points, Color colour, boolean inLegend) {
        ILineSeries<?> line = (ILineSeries<?>) trend.getSeriesSet().createSeries(SeriesType.LINE,
                "s" + trend.getSeriesSet().getSeries().length); //$NON-NLS-1$
        line.setDescription(group);
        line.setXSeries(points.stream().mapToDouble(p -> p[0]).toArray());
        line.setYSeries(points.stream().mapToDouble(p -> p[1]).toArray());
        line.setLineColor(colour);
        line.setSymbolColor(colour);
        line.setLineWidth(2);
        line.setVisibleInLegend(inLegend);
    }

    /** The trend's x axis: a month's name at each whole number, nothing between. */
    static final class MonthTicks extends java.text.Format {
        private static final long serialVersionUID = 1L;
        transient List<String> months = List.of();

        @Override
        public StringBuffer format(Object number, StringBuffer to, java.text.FieldPosition position) {
            double value = ((Number) number).doubleValue();
            long index = Math.round(value);
            if (Math.abs(value - index) < 1e-6 && index >= 0 && index < months.size()) {
                to.append(months.get((int) index));
            }
            return to;
        }

        /** The chart reads a label back to check where it goes: a month's name gives its number. */
        @Override
        public Object parseObject(String source, java.text.ParsePosition position) {
            int index = months.indexOf(source.substring(position.getIndex()));
            if (index < 0) {
                position.setErrorIndex(position.getIndex());
                return null;
            }
            position.setIndex(source.length());
            return Double.valueOf(index);
        }
    }

    /** A month ({@code yyyy-MM}) as the table names it: "December 2026" in the user's language. */
    static String monthName(String month) {
        return dev.candor.nls.Dates.month(java.time.YearMonth.parse(month));
    }

    /** A month on the chart's axis: "Dec 2026", the year whole so that it does not read as a day. */
    static String shortMonthName(String month) {
        return dev.candor.nls.Dates.shortMonth(java.time.YearMonth.parse(month));
    }

    private static String percent(double value, String format) {
        return Double.isNaN(value) ? Messages.Dashboard_None : String.format(format + " %%", value); //$NON-NLS-1$
    }

    private static String kept(double rate, long kept, long settled) {
        return settled == 0 ? Messages.Dashboard_None
                : NLS.bind(Messages.Dashboard_KeptCell, new Object[] { String.format("%.0f", 100 * rate), kept, settled }); //$NON-NLS-1$
    }

    private void showFailures(Dashboard data) {
        for (ISeries<?> series : failures.getSeriesSet().getSeries()) {
            failures.getSeriesSet().deleteSeries(series.getId());
        }
        List<Map.Entry<String, Integer>> top = data.failures().entrySet().stream().limit(8).toList();
        failureTitles = top.stream().map(Map.Entry::getKey).toArray(String[]::new);
        double[] counts = top.stream().mapToDouble(Map.Entry::getValue).toArray();
        if (failureTitles.length > 0) {
            fitFailureLabels();
            IBarSeries<?> bars = (IBarSeries<?>) failures.getSeriesSet().createSeries(SeriesType.BAR, "failures"); //$NON-NLS-1$
            bars.setDescription(Messages.Dashboard_FailuresAxis);
            bars.setYSeries(counts);
            bars.setBarColor(colors.get(1));
        }
        failures.getAxisSet().adjustRange();
        failures.redraw();
    }

    /** The failed items' whole titles, in the order of the bars. */
    private String[] failureTitles = new String[0];

    /**
     * The items' titles beside the bars, whole when the chart is wide enough (maximised), else cut
     * to the room left for them: half the chart's width.
     */
    private void fitFailureLabels() {
        if (failureTitles.length == 0 || failures.isDisposed()) {
            return;
        }
        int room = Math.max(80, failures.getSize().x / 2);
        String[] labels = new String[failureTitles.length];
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(failures);
        try {
            gc.setFont(failures.getAxisSet().getXAxis(0).getTick().getFont());
            for (int i = 0; i < labels.length; i++) {
                labels[i] = fit(gc, failureTitles[i], room);
            }
        } finally {
            gc.dispose();
        }
        if (!java.util.Arrays.equals(labels, failures.getAxisSet().getXAxis(0).getCategorySeries())) {
            failures.getAxisSet().getXAxis(0).setCategorySeries(labels);
            failures.redraw();
        }
    }

    private static String fit(org.eclipse.swt.graphics.GC gc, String title, int room) {
        if (gc.textExtent(title).x <= room) {
            return title;
        }
        String cut = title;
        while (cut.length() > 1 && gc.textExtent(cut + "\u2026").x > room) { //$NON-NLS-1$
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "\u2026"; //$NON-NLS-1$
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
                Messages.Dashboard_ColumnAverage, Messages.Dashboard_ColumnFailed, Messages.Dashboard_ColumnCritical,
                Messages.Dashboard_ColumnSettled, Messages.Dashboard_ColumnKeptCount, Messages.Dashboard_ColumnKept);
        for (Dashboard.Row row : data.rows()) {
            line(out, row.group(), row.month(), String.valueOf(row.reviews()),
                    Double.isNaN(row.averageScore()) ? "" //$NON-NLS-1$
                            : String.format(java.util.Locale.ROOT, "%.1f", row.averageScore()), //$NON-NLS-1$
                    String.valueOf(row.withFailedItem()), String.valueOf(row.criticalFailed()),
                    String.valueOf(row.promisesSettled()), String.valueOf(row.keptOnTime()),
                    Double.isNaN(row.keptRate()) ? "" //$NON-NLS-1$
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
