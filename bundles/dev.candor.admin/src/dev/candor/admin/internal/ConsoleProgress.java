package dev.candor.admin.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Progress on a console: a line at every further 5 % and at every new step. */
final class ConsoleProgress extends NullProgressMonitor {

    private final PrintStream out;
    private double total = 100;
    private double done;
    private int shown = -5;
    private String step = ""; //$NON-NLS-1$

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        total = totalWork <= 0 ? 100 : totalWork;
        out.println(name);
    }

    @Override
    public void subTask(String name) {
        if (name != null && !name.equals(step)) {
            step = name;
            print();
        }
    }

    @Override
    public void internalWorked(double work) {
        done += work;
        if (percent() >= shown + 5) {
            print();
        }
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    private int percent() {
        return (int) Math.min(100, Math.floor(done * 100 / total));
    }

    private void print() {
        if (step.isEmpty()) {
            return; // the first step names itself soon
        }
        shown = percent();
        out.printf("%4d %%  %s%n", shown, step); //$NON-NLS-1$
    }
}
