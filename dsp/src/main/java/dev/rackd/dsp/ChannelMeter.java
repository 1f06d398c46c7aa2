package dev.rackd.dsp;

/** Gathers one channel's output levels over a metering interval and publishes them; audio thread, no allocation. */
final class ChannelMeter {
    private final MeterRing ring;
    private final int channel;
    private final long interval;
    private long counted;
    private double peak;
    private double sumSquares;
    private double truePeak;
    private double minGain = 1.0;

    ChannelMeter(MeterRing ring, int channel, double sampleRateHz, double intervalMs) {
        this.ring = ring;
        this.channel = channel;
        interval = Math.max(1, Math.round(sampleRateHz * intervalMs / 1000));
    }

    /** Adds a processed block; publishes when the interval is full ({@code lastSample} ends the block). */
    void add(double[] out, int offset, int frames, double blockTruePeak, double blockMinGain, long lastSample,
            int liveNotches, int fixedNotches) {
        // four running sums and peaks, so that each addition need not wait for the one before it
        double p0 = peak;
        double p1 = 0;
        double p2 = 0;
        double p3 = 0;
        double s0 = sumSquares;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = offset;
        for (int end = offset + frames - 3; i < end; i += 4) {
            double v0 = out[i];
            double v1 = out[i + 1];
            double v2 = out[i + 2];
            double v3 = out[i + 3];
            p0 = NonNegative.max(p0, Math.abs(v0));
            p1 = NonNegative.max(p1, Math.abs(v1));
            p2 = NonNegative.max(p2, Math.abs(v2));
            p3 = NonNegative.max(p3, Math.abs(v3));
            s0 = Math.fma(v0, v0, s0);
            s1 = Math.fma(v1, v1, s1);
            s2 = Math.fma(v2, v2, s2);
            s3 = Math.fma(v3, v3, s3);
        }
        for (int end = offset + frames; i < end; i++) {
            double v = out[i];
            p0 = NonNegative.max(p0, Math.abs(v));
            s0 = Math.fma(v, v, s0);
        }
        peak = NonNegative.max(NonNegative.max(p0, p1), NonNegative.max(p2, p3));
        sumSquares = (s0 + s1) + (s2 + s3);
        truePeak = NonNegative.max(truePeak, blockTruePeak);
        minGain = Math.min(minGain, blockMinGain);
        counted += frames;
        if (counted >= interval) {
            ring.offer(channel, lastSample, db(peak), db(Math.sqrt(sumSquares / counted)), db(truePeak),
                    -db(minGain), liveNotches, fixedNotches);
            counted = 0;
            peak = 0;
            sumSquares = 0;
            truePeak = 0;
            minGain = 1.0;
        }
    }

    private static double db(double linear) {
        return linear > 0 ? 20 * Math.log10(linear) : Double.NEGATIVE_INFINITY;
    }
}
