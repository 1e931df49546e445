package dev.candor.exchange.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.runtime.SubMonitor;

/** A file's bytes, telling the progress (1000 steps) as they are read. */
final class CountingInput extends FilterInputStream {

    private final SubMonitor progress;
    private final long step;
    private long read;
    private long reported;

    CountingInput(InputStream in, long size, SubMonitor progress) {
        super(in);
        this.progress = progress;
        this.step = Math.max(1, size / 1000);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        int steps = (int) ((read - reported) / step);
        if (steps > 0) {
            reported += steps * step;
            progress.worked(steps);
        }
    }
}
