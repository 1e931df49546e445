package dev.candor.ui;

/**
 * A view or editor that measures how long it took from being asked for its
 * data to showing it: instrumentation (two numbers per part) that the benchmark
 * reads to report first paints (docs/benchmarks.md).
 *
 * @since 0.1
 */
public interface PaintTiming {

    /** Milliseconds from the request to the data on screen; -1 while it is still loading. */
    long getFirstPaintMillis();
}
