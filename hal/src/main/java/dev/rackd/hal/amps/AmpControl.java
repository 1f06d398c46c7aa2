package dev.rackd.hal.amps;

import dev.rackd.hal.Device;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A DSP amplifier that can be told what to do. Every write sets an absolute state (mute on, gain -3 dB,
 * standby off), never a toggle or a step, so a write that is repeated after a lost answer has the same
 * effect as one that arrived once. Each write completes with what the amp reports after it (a read-back),
 * not with what was asked for.
 *
 * <p>Futures complete exceptionally with {@link AmpCommandException}; a command for an amp that is offline
 * is refused at once and nothing is sent.
 */
public interface AmpControl extends Device {
    /** Output channels, numbered from 1. */
    int channels();

    /** True while the amp answers. */
    boolean online();

    CompletableFuture<ChannelSetting> setMute(int channel, boolean muted);

    CompletableFuture<ChannelSetting> setGain(int channel, double gainDb);

    /** @return the standby state the amp reports afterwards (true = in standby, not operative) */
    CompletableFuture<Boolean> setStandby(boolean standby);

    /** Reads every channel's gain and mute from the amp now. */
    CompletableFuture<List<ChannelSetting>> readSettings();
}
