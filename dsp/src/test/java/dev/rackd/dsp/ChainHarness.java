package dev.rackd.dsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Drives a chain in 64-sample blocks and collects what it reports. */
final class ChainHarness {
    static final double RATE = 48000;
    static final int BLOCK = 64;

    final DspEvents events = new DspEvents(1024);
    final MeterRing meters = new MeterRing(1024);
    final ChannelChain chain;
    final List<DspEvent> seen = new ArrayList<>();
    final List<MeterReading> readings = new ArrayList<>();

    ChainHarness(ChainSettings settings) {
        chain = new ChannelChain(0, settings, events, meters);
    }

    float[] run(float[] in) {
        float[] out = new float[in.length];
        for (int at = 0; at + BLOCK <= in.length; at += BLOCK) {
            chain.process(in, out, at, BLOCK);
        }
        events.drain(seen::add);
        meters.drain(readings::add);
        return out;
    }

    List<DspEvent> of(DspEventType type) {
        return seen.stream().filter(e -> e.type() == type).toList();
    }

    /** A tone growing 40 dB per second from -60 dBFS up to -10 dBFS, over a -50 dBFS noise bed. */
    static float[] growingTone(double hz, double seconds, long seed) {
        Random random = new Random(seed);
        float[] s = new float[(int) (seconds * RATE)];
        for (int i = 0; i < s.length; i++) {
            double db = Math.min(-10, -60 + 40.0 * i / RATE);
            s[i] = (float) (Math.pow(10, db / 20) * Math.sin(2 * Math.PI * hz * i / RATE) + 0.003 * random.nextGaussian());
        }
        return s;
    }

    static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] s = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, s, at, p.length);
            at += p.length;
        }
        return s;
    }

    static float[] noise(double seconds, double rms, long seed) {
        Random random = new Random(seed);
        float[] s = new float[(int) (seconds * RATE)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (rms * random.nextGaussian());
        }
        return s;
    }
}
