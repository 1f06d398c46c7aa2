package dev.rackd.hal.amps.powersoft;

import java.util.List;

/** OUTPUTMETER answer, channel 0 first. */
public record OutputMeters(List<Channel> channels) {
    public OutputMeters {
        channels = List.copyOf(channels);
    }

    /** @param headroomDb how far below clipping the output is */
    public record Channel(int channel, double voltageRms, double headroomDb, boolean signal) {}
}
