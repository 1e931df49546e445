package dev.candor.admin.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;

import dev.candor.store.DatabaseCopyReport;
import dev.candor.store.StoreConfiguration;
import dev.candor.store.StoreException;

/**
 * {@code dev.candor.admin.move <derby location> <postgresql location>}: copies a team's whole
 * Derby database into an empty PostgreSQL database, all or nothing, then prints every table's
 * rows and checksum on both sides. Exit code 0 only when every table verified.
 */
public final class MoveApplication implements IApplication {

    private volatile ConsoleProgress progress;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        context.applicationRunning();
        String[] args = Commands.arguments(context);
        if (args.length != 2) {
            Commands.err().println(Messages.Move_Usage);
            return Commands.USAGE;
        }
        StoreConfiguration from;
        StoreConfiguration to;
        try {
            from = StoreConfiguration.parse(args[0]);
            to = StoreConfiguration.parse(args[1]);
        } catch (IllegalArgumentException e) {
            Commands.err().println(e.getMessage());
            return Commands.USAGE;
        }
        PrintStream out = Commands.out();
        out.println(NLS.bind(Messages.Move_Start, from.toLocation(), to.toLocation()));
        progress = new ConsoleProgress(out);
        DatabaseCopyReport report;
        try {
            report = Commands.provider().copy(from, to, Commands.clock(), progress);
        } catch (StoreException e) {
            Commands.err().println(e.getMessage());
            return Commands.FAILED;
        } catch (OperationCanceledException e) {
            Commands.err().println(Messages.Move_Cancelled);
            return Commands.FAILED;
        }
        print(report, out);
        return report.verified() ? Commands.OK : Commands.FAILED;
    }

    static void print(DatabaseCopyReport report, PrintStream out) {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] { Messages.Move_Table, Messages.Move_SourceRows, Messages.Move_TargetRows,
                Messages.Move_SourceSum, Messages.Move_TargetSum, "" }); //$NON-NLS-1$
        for (DatabaseCopyReport.Table t : report.tables()) {
            rows.add(new String[] { t.name(), String.format("%,d", t.sourceRows()), //$NON-NLS-1$
                    String.format("%,d", t.targetRows()), t.sourceChecksum().substring(0, 16), //$NON-NLS-1$
                    t.targetChecksum().substring(0, 16), t.verified() ? Messages.Move_Same : Messages.Move_Differ });
        }
        int[] width = new int[6];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        out.println();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean number = i == 1 || i == 2;
                String cell = number ? " ".repeat(width[i] - row[i].length()) + row[i]
                        : row[i] + " ".repeat(width[i] - row[i].length());
                line.append(i == 0 ? "" : "  ").append(cell); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.println(NLS.bind(report.verified() ? Messages.Move_Verified : Messages.Move_NotVerified,
                new Object[] { report.tables().size(), String.format("%,d", report.rows()), //$NON-NLS-1$
                        String.format("%.1f", report.millis() / 1000.0) })); //$NON-NLS-1$
    }

    @Override
    public void stop() {
        ConsoleProgress running = progress;
        if (running != null) {
            running.setCanceled(true); // the copy stops at its next batch and writes nothing
        }
    }
}
