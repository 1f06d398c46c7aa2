package dev.rackd.dsp;

import dev.rackd.dsp.filter.NotchDesign;

/**
 * How one channel's chain is built. {@link #defaults(double)} gives what a show needs; the withers change one thing.
 *
 * @param sampleRateHz         8 kHz to 192 kHz
 * @param mode                 the feedback mode at start
 * @param maxNotches           notches per channel (fixed plus live), 1 to 64
 * @param notchWidthOct        width of the notches placed, 1/80 to 1/5 octave
 * @param firstDepthDb         depth of a new notch (shallow first), below 0
 * @param depthStepDb          how much a notch is deepened (or lifted) per step, above 0
 * @param maxDepthDb           deepest a notch goes, at or below {@code firstDepthDb}
 * @param deepenIntervalMs     least time between two steps of the same notch while its howl persists
 * @param liveHoldSeconds      how long a live notch stays at full depth after its howl was last seen
 * @param liftIntervalSeconds  time between lift steps once the hold is over
 * @param limiterThresholdDbtp threshold in dBTP; +Infinity: limiter off (its latency stays)
 * @param limiterReleaseMs     time constant of the limiter's release
 * @param meterIntervalMs      how often meter readings are published
 */
public record ChainSettings(double sampleRateHz, FeedbackMode mode, int maxNotches, double notchWidthOct,
        double firstDepthDb, double depthStepDb, double maxDepthDb, double deepenIntervalMs, double liveHoldSeconds,
        double liftIntervalSeconds, double limiterThresholdDbtp, double limiterReleaseMs, double meterIntervalMs) {

    public ChainSettings {
        require(sampleRateHz >= 8000 && sampleRateHz <= 192000, "sample rate must be 8000 to 192000 Hz", sampleRateHz);
        if (mode == null) {
            throw new IllegalArgumentException("feedback mode is missing");
        }
        require(maxNotches >= 1 && maxNotches <= 64, "notches per channel must be 1 to 64", maxNotches);
        require(notchWidthOct >= NotchDesign.MIN_WIDTH_OCT - 1e-12 && notchWidthOct <= NotchDesign.MAX_WIDTH_OCT + 1e-12,
                "notch width must be 1/80 to 1/5 octave", notchWidthOct);
        require(firstDepthDb < 0 && firstDepthDb >= -60, "first notch depth must be below 0 dB, down to -60", firstDepthDb);
        require(depthStepDb > 0 && depthStepDb <= 24, "notch depth step must be above 0 dB, up to 24", depthStepDb);
        require(maxDepthDb <= firstDepthDb && maxDepthDb >= -60, "deepest notch must be at or below the first depth, "
                + "down to -60 dB", maxDepthDb);
        require(deepenIntervalMs >= 10 && deepenIntervalMs <= 10000, "deepen interval must be 10 ms to 10 s",
                deepenIntervalMs);
        require(liveHoldSeconds >= 0.1 && liveHoldSeconds <= 86400, "live hold must be 0.1 s to a day", liveHoldSeconds);
        require(liftIntervalSeconds >= 0.05 && liftIntervalSeconds <= 3600, "lift interval must be 0.05 s to an hour",
                liftIntervalSeconds);
        require(!Double.isNaN(limiterThresholdDbtp) && limiterThresholdDbtp <= 0 && limiterThresholdDbtp >= -60
                || limiterThresholdDbtp == Double.POSITIVE_INFINITY,
                "limiter threshold must be -60 to 0 dBTP (or +Infinity for off)", limiterThresholdDbtp);
        require(limiterReleaseMs >= 1 && limiterReleaseMs <= 5000, "limiter release must be 1 ms to 5 s",
                limiterReleaseMs);
        require(meterIntervalMs >= 10 && meterIntervalMs <= 10000, "meter interval must be 10 ms to 10 s",
                meterIntervalMs);
    }

    private static void require(boolean ok, String rule, double got) {
        if (!ok) {
            throw new IllegalArgumentException(rule + ", not " + got);
        }
    }

    /**
     * A show's defaults: live mode, 24 notches of 1/10 octave placed at -6 dB and deepened by 3 dB down to -18 dB,
     * live notches held 60 s then lifted 3 dB every 10 s, limiter at -1 dBTP with a 50 ms release, meters every 100 ms.
     */
    public static ChainSettings defaults(double sampleRateHz) {
        return new ChainSettings(sampleRateHz, FeedbackMode.LIVE, 24, 1.0 / 10, -6, 3, -18, 150, 60, 10, -1.0, 50, 100);
    }

    public ChainSettings withMode(FeedbackMode m) {
        return new ChainSettings(sampleRateHz, m, maxNotches, notchWidthOct, firstDepthDb, depthStepDb, maxDepthDb,
                deepenIntervalMs, liveHoldSeconds, liftIntervalSeconds, limiterThresholdDbtp, limiterReleaseMs,
                meterIntervalMs);
    }

    public ChainSettings withMaxNotches(int n) {
        return new ChainSettings(sampleRateHz, mode, n, notchWidthOct, firstDepthDb, depthStepDb, maxDepthDb,
                deepenIntervalMs, liveHoldSeconds, liftIntervalSeconds, limiterThresholdDbtp, limiterReleaseMs,
                meterIntervalMs);
    }

    public ChainSettings withNotchWidthOct(double width) {
        return new ChainSettings(sampleRateHz, mode, maxNotches, width, firstDepthDb, depthStepDb, maxDepthDb,
                deepenIntervalMs, liveHoldSeconds, liftIntervalSeconds, limiterThresholdDbtp, limiterReleaseMs,
                meterIntervalMs);
    }

    /** Live notches: hold time and lift interval, seconds. */
    public ChainSettings withLiveTiming(double holdSeconds, double liftSeconds) {
        return new ChainSettings(sampleRateHz, mode, maxNotches, notchWidthOct, firstDepthDb, depthStepDb, maxDepthDb,
                deepenIntervalMs, holdSeconds, liftSeconds, limiterThresholdDbtp, limiterReleaseMs, meterIntervalMs);
    }

    public ChainSettings withLimiterDbtp(double thresholdDbtp) {
        return new ChainSettings(sampleRateHz, mode, maxNotches, notchWidthOct, firstDepthDb, depthStepDb, maxDepthDb,
                deepenIntervalMs, liveHoldSeconds, liftIntervalSeconds, thresholdDbtp, limiterReleaseMs,
                meterIntervalMs);
    }

    public ChainSettings withoutLimiter() {
        return withLimiterDbtp(Double.POSITIVE_INFINITY);
    }
}
