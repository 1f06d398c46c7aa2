package dev.rackd.hal.amps.powersoft;

import java.util.List;

/**
 * READGM answer: every output channel's gain and mute (input "speaker" gains and mutes alongside).
 *
 * @param ok       the amp's answer_ok flag
 * @param channels the channels the amp manages (num_channels), channel 0 first
 */
public record GainsAndMutes(boolean ok, List<Channel> channels) {
    public GainsAndMutes {
        channels = List.copyOf(channels);
    }

    /** @param channel numbered from 0, as on the wire */
    public record Channel(int channel, int inputGainCentiDb, int outputGainCentiDb, boolean inputMuted,
            boolean outputMuted) {
        public double outputGainDb() {
            return outputGainCentiDb / 100.0;
        }
    }
}
