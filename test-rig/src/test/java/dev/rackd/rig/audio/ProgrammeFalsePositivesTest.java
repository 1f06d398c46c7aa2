package dev.rackd.rig.audio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.dsp.ChainSettings;
import dev.rackd.dsp.ChannelChain;
import dev.rackd.dsp.DspEventType;
import dev.rackd.dsp.DspEvents;
import dev.rackd.dsp.MeterRing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The simulated card's stage programme (a talker with a syllable-stepped, chant-like pitch, then a band), played
 * straight into a live chain with no loop: the suppressor must leave it alone, as it must on the rack's first
 * minutes with the simulated card.
 */
class ProgrammeFalsePositivesTest {
    private static final double RATE = 48000;

    @Test
    void aMinuteOfTheSimulatedStageGetsNoNotchOnAnyChannel() {
        List<String> placed = new ArrayList<>();
        for (int channel = 0; channel < 4; channel++) {
            Programme programme = new Programme(RATE, channel, AudioFamilySimulator.SEED);
            DspEvents events = new DspEvents(1024);
            ChannelChain chain = new ChannelChain(channel, ChainSettings.defaults(RATE), events, new MeterRing(1024));
            float[] block = new float[64];
            for (int at = 0; at < 60 * RATE; at += block.length) {
                for (int i = 0; i < block.length; i++) {
                    block[i] = (float) programme.next();
                }
                chain.process(block, block, 0, block.length);
            }
            int ch = channel;
            events.drain(e -> {
                if (e.type() == DspEventType.NOTCH_PLACED) {
                    placed.add(String.format("channel %d at %.2f s: %.1f Hz", ch, e.sample() / RATE, e.hz()));
                }
            });
        }
        assertThat(placed).isEmpty();
    }
}
