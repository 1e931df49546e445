package dev.candor.ui;

/**
 * A view or editor that measures how long it took from being asked for its
 * data to showing it, for the benchmark (docs/benchmarks.md) and for tests.
 *
 * @since 0.1
 */
public interface PaintTiming {

    /** Milliseconds from the request to the data on screen; -1 while it is still loading. */
    long getFirstPaintMillis();
}
