package dev.rackd.app.web;

/**
 * The mean of the values added since the last {@link #take()}: readings arrive from driver threads, one
 * sampler takes a step's mean. Shared by the dashboard's trends and the show history.
 */
public final class StepMean {
    private double sum;
    private int count;

    public synchronized void add(double v) {
        sum += v;
        count++;
    }

    /** The mean of this step (NaN when nothing came) and a fresh start for the next. */
    public synchronized double take() {
        double m = count == 0 ? Double.NaN : sum / count;
        sum = 0;
        count = 0;
        return m;
    }
}
