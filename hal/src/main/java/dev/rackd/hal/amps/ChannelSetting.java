package dev.rackd.hal.amps;

/**
 * The gain and mute of one output channel, as the amp reports them.
 *
 * @param channel numbered from 1
 */
public record ChannelSetting(int channel, double gainDb, boolean muted) {}
