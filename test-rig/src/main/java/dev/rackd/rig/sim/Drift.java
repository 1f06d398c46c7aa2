package dev.rackd.rig.sim;

import java.util.SplittableRandom;

/**
 * A value that wanders around a mean and is pulled back to it (an Ornstein-Uhlenbeck process): mains
 * voltage, grid frequency, RF level. {@code sigma} is the spread it settles to, {@code tauSeconds} how long
 * a wander lasts.
 */
final class Drift {
    private final double sigma;
    private final double tauSeconds;
    private final SplittableRandom random;
    private double offset;

    Drift(double sigma, double tauSeconds, SplittableRandom random) {
        this.sigma = sigma;
        this.tauSeconds = tauSeconds;
        this.random = random;
        this.offset = sigma * random.nextGaussian() * 0.5;
    }

    /** Advances by {@code dtSeconds} and returns the offset from the mean. */
    double step(double dtSeconds) {
        double decay = Math.exp(-dtSeconds / tauSeconds);
        offset = offset * decay + sigma * Math.sqrt(1 - decay * decay) * random.nextGaussian();
        return offset;
    }
}
