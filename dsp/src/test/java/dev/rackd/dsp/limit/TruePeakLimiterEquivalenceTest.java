package dev.rackd.dsp.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The block-wise limiter gives, bit for bit, what the sample-by-sample form gave: every output sample and every
 * block's minimum gain and true peak, whatever the block sizes (up to beyond the scratch size), threshold changes and
 * clears on the way.
 */
class TruePeakLimiterEquivalenceTest {

    @Test
    void matchesTheSampleBySampleFormBitForBit() {
        int[] lookaheads = {10, 11, 16, 17, 59, 64, 128, 256};
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            int lookahead = lookaheads[seed % lookaheads.length];
            double releaseMs = 1 + random.nextDouble() * 100;
            double threshold = seed % 7 == 0 ? Double.POSITIVE_INFINITY : -random.nextDouble() * 20;
            TruePeakLimiter fast = new TruePeakLimiter(48000, lookahead, releaseMs, threshold);
            SampleBySampleLimiter reference = new SampleBySampleLimiter(48000, lookahead, releaseMs, threshold);
            double[] a = new double[700];
            double[] b = new double[700];
            double level = 0.1;
            for (int block = 0; block < 400; block++) {
                int frames = switch (random.nextInt(6)) {
                    case 0 -> 1 + random.nextInt(8);
                    case 1 -> 256;
                    case 2 -> 257 + random.nextInt(a.length - 257 - 10);
                    default -> 1 + random.nextInt(256);
                };
                int offset = random.nextInt(10);
                if (random.nextInt(16) == 0) {
                    level = Math.pow(10, (random.nextDouble() * 50 - 30) / 20);
                }
                fill(random, a, offset, frames, level);
                System.arraycopy(a, 0, b, 0, a.length);
                switch (random.nextInt(40)) {
                    case 0 -> {
                        double t = random.nextInt(5) == 0 ? Double.POSITIVE_INFINITY : -random.nextDouble() * 20;
                        fast.setThresholdDbtp(t);
                        reference.setThresholdDbtp(t);
                    }
                    case 1 -> {
                        fast.clear();
                        reference.clear();
                    }
                    default -> { }
                }
                fast.process(a, offset, frames);
                reference.process(b, offset, frames);
                String what = "seed " + seed + ", block " + block + " of " + frames;
                for (int i = 0; i < a.length; i++) {
                    assertEquals(Double.doubleToRawLongBits(b[i]), Double.doubleToRawLongBits(a[i]), what + ", sample " + i);
                }
                assertEquals(reference.blockMinGain(), fast.blockMinGain(), what + ", minimum gain");
                assertEquals(reference.blockTruePeak(), fast.blockTruePeak(), what + ", true peak");
            }
        }
    }

    /** Noise, tones near fs/4 and Nyquist, square bursts or silence, changing now and then. */
    private static void fill(Random random, double[] buf, int offset, int frames, double level) {
        int kind = random.nextInt(5);
        double w = Math.PI * (0.45 + random.nextDouble() * 0.55);
        double phase = random.nextDouble() * 2 * Math.PI;
        for (int i = offset; i < offset + frames; i++) {
            buf[i] = switch (kind) {
                case 0 -> level * random.nextGaussian();
                case 1 -> level * Math.sin(w * i + phase);
                case 2 -> (i & 1) == 0 ? level : -level;
                case 3 -> 0.0;
                default -> level * (random.nextDouble() * 2 - 1);
            };
        }
    }
}
