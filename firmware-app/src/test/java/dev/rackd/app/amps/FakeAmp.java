package dev.rackd.app.amps;

import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.amps.AmpCommandException;
import dev.rackd.hal.amps.AmpControl;
import dev.rackd.hal.amps.ChannelSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** An amp in memory that records what it was told, in order. */
final class FakeAmp implements AmpControl {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final double[] gains;
    final boolean[] mutes;
    volatile boolean online = true;
    volatile AmpCommandException failNext;
    /** An amp that will not go above this gain (a protection limit, a locked panel). */
    volatile double gainCeiling = Double.POSITIVE_INFINITY;
    /** Runs as each setting arrives, before it is applied: what the amp reports meanwhile. */
    volatile Runnable beforeSet = () -> { };

    FakeAmp(int channels) {
        gains = new double[channels + 1];
        mutes = new boolean[channels + 1];
    }

    @Override
    public String id() {
        return "amp-b";
    }

    @Override
    public void start(DeviceListener listener) {}

    @Override
    public long cycles() {
        return 0;
    }

    @Override
    public void close() {}

    @Override
    public int channels() {
        return gains.length - 1;
    }

    @Override
    public boolean online() {
        return online;
    }

    @Override
    public CompletableFuture<ChannelSetting> setMute(int channel, boolean muted) {
        calls.add((muted ? "mute " : "unmute ") + channel);
        beforeSet.run();
        if (failNext != null) {
            return CompletableFuture.failedFuture(failNext);
        }
        mutes[channel] = muted;
        return CompletableFuture.completedFuture(new ChannelSetting(channel, gains[channel], mutes[channel]));
    }

    @Override
    public CompletableFuture<ChannelSetting> setGain(int channel, double gainDb) {
        calls.add("gain " + channel + " " + gainDb);
        beforeSet.run();
        if (failNext != null) {
            return CompletableFuture.failedFuture(failNext);
        }
        gains[channel] = Math.min(gainDb, gainCeiling);
        return CompletableFuture.completedFuture(new ChannelSetting(channel, gains[channel], mutes[channel]));
    }

    @Override
    public CompletableFuture<Boolean> setStandby(boolean standby) {
        calls.add("standby " + standby);
        return CompletableFuture.completedFuture(standby);
    }

    @Override
    public CompletableFuture<List<ChannelSetting>> readSettings() {
        List<ChannelSetting> out = new ArrayList<>();
        for (int ch = 1; ch < gains.length; ch++) {
            out.add(new ChannelSetting(ch, gains[ch], mutes[ch]));
        }
        return CompletableFuture.completedFuture(out);
    }
}
