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
        for (int i = offset, end = offset + frames; i < end; i++) {
            double v = out[i];
            peak = NonNegative.max(peak, Math.abs(v));
            sumSquares += v * v;
        }
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
