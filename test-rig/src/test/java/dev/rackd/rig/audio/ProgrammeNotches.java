package dev.rackd.rig.audio;

import dev.rackd.dsp.ChainSettings;
import dev.rackd.dsp.ChannelChain;
import dev.rackd.dsp.DspEventType;
import dev.rackd.dsp.DspEvents;
import dev.rackd.dsp.MeterRing;
import java.util.ArrayList;
import java.util.List;

/**
 * The notches the simulated card's programme gets when played straight into live chains (the show defaults, no
 * loop): what {@link ProgrammeFalsePositivesTest} counts, and, run as a program ({@code SECONDS CHANNELS [SEED]}), a
 * list of each notch by time, channel and frequency.
 */
final class ProgrammeNotches {
    static final double RATE = 48000;

    record Notch(int channel, double seconds, double hz) {
        @Override
        public String toString() {
            return String.format("channel %d at %.2f s: %.1f Hz", channel, seconds, hz);
        }
    }

    private ProgrammeNotches() {
    }

    static List<Notch> placed(double seconds, int channels, long seed) {
        List<Notch> placed = new ArrayList<>();
        float[] block = new float[64];
        for (int channel = 0; channel < channels; channel++) {
            Programme programme = new Programme(RATE, channel, seed);
            DspEvents events = new DspEvents(1024);
            ChannelChain chain = new ChannelChain(channel, ChainSettings.defaults(RATE), events, new MeterRing(1024));
            int ch = channel;
            for (long at = 0; at < seconds * RATE; at += block.length) {
                for (int i = 0; i < block.length; i++) {
                    block[i] = (float) programme.next();
                }
                chain.process(block, block, 0, block.length);
                // drained every block: a live notch deepens every 150 ms, and the ring must not lose a placement
                events.drain(e -> {
                    if (e.type() == DspEventType.NOTCH_PLACED) {
                        placed.add(new Notch(ch, e.sample() / RATE, e.hz()));
                    }
                });
            }
        }
        return placed;
    }

    public static void main(String[] args) {
        double seconds = Double.parseDouble(args[0]);
        int channels = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : AudioFamilySimulator.SEED;
        List<Notch> placed = placed(seconds, channels, seed);
        placed.forEach(System.out::println);
        System.out.printf("%d notches in %.1f channel-minutes%n", placed.size(), seconds * channels / 60);
    }
}
