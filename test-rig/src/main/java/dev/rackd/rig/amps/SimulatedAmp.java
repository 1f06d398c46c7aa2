package dev.rackd.rig.amps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The physics and state of one simulated amp, independent of protocol: channels with gain, mute, load and
 * heat; standby; mains and fan faults. Simulated time runs {@code timeScale} times faster than the clock so
 * a channel heats up in seconds of test time. Thread-safe; every change is told to the change listeners
 * (the AES70 simulator turns them into notifications).
 */
public final class SimulatedAmp {
    private final ReentrantLock lock = new ReentrantLock();
    private final List<SimulatedChannel> channels = new ArrayList<>();
    private final List<Consumer<String>> changes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final double timeScale;
    private long lastNanos = System.nanoTime();
    private boolean standby;
    private boolean mainsFault;
    private boolean fanFault;

    /** @param timeScale simulated seconds per real second */
    public SimulatedAmp(int channelCount, double timeScale) {
        this.timeScale = timeScale;
        for (int ch = 1; ch <= channelCount; ch++) {
            channels.add(new SimulatedChannel(ch, 0.0, false, 8.0));
        }
    }

    public int channelCount() {
        return channels.size();
    }

    /** Listeners get the changed quantity as "chN_gain", "chN_mute", "chN_setup", "standby" and the like. */
    public void onChange(Consumer<String> listener) {
        changes.add(listener);
    }

    /** Runs {@code action} on the model brought up to now, under the lock. */
    <T> T read(java.util.function.Function<SimulatedAmp, T> action) {
        lock.lock();
        try {
            advance();
            return action.apply(this);
        } finally {
            lock.unlock();
        }
    }

    SimulatedChannel channel(int number) {
        if (number < 1 || number > channels.size()) {
            throw new IllegalArgumentException("the simulated amp has channels 1 to " + channels.size() + ", not " + number);
        }
        return channels.get(number - 1);
    }

    boolean standby() {
        return standby;
    }

    boolean mainsFault() {
        return mainsFault;
    }

    boolean fanFault() {
        return fanFault;
    }

    public void setGain(int channel, double gainDb) {
        change("ch" + channel + "_gain", () -> channel(channel).gainDb = gainDb);
    }

    public void setMute(int channel, boolean muted) {
        change("ch" + channel + "_mute", () -> channel(channel).muted = muted);
    }

    public void setStandby(boolean on) {
        change("standby", () -> standby = on);
    }

    public void setNominalLoad(int channel, double ohms) {
        change("ch" + channel + "_load", () -> channel(channel).nominalOhms = ohms);
    }

    /** "open", "short" or "none". */
    public void setLoadFault(int channel, String fault) {
        SimulatedChannel.LoadFault f = SimulatedChannel.LoadFault.valueOf(fault.toUpperCase(Locale.ROOT));
        change("ch" + channel + "_load", () -> channel(channel).fault = f);
    }

    /** Music level 0..1 on a channel. */
    public void setDrive(int channel, double level) {
        change("ch" + channel + "_drive", () -> channel(channel).drive = Math.max(0, level));
    }

    /**
     * Sets a channel up as the show file intends it and remembers that as what a released injection goes back
     * to; the load is sound and the temperature follows the heat model.
     */
    public void setUp(int channel, double gainDb, boolean muted, double nominalOhms, double drive) {
        SimulatedChannel.Setup s = new SimulatedChannel.Setup(gainDb, muted, nominalOhms, Math.max(0, drive));
        change("ch" + channel + "_setup", () -> {
            SimulatedChannel c = channel(channel);
            c.setup = s;
            c.gainDb = s.gainDb();
            c.muted = s.muted();
            c.nominalOhms = s.nominalOhms();
            c.fault = SimulatedChannel.LoadFault.NONE;
            c.drive = s.drive();
            c.heat.release();
        });
    }

    /** What {@link #setUp} last said for a channel. */
    SimulatedChannel.Setup setup(int channel) {
        return read(a -> a.channel(channel).setup);
    }

    /** Pins a channel's temperature (a failing fan) until {@link #releaseTemperature}. */
    public void forceTemperature(int channel, double celsius) {
        change("ch" + channel + "_temperature", () -> {
            channel(channel).heat.pin(celsius);
            channel(channel).advance(0, standby);
        });
    }

    /** The channel's temperature follows its heat model again, from where it was pinned. */
    public void releaseTemperature(int channel) {
        change("ch" + channel + "_temperature", () -> channel(channel).heat.release());
    }

    public void setMainsFault(boolean on) {
        change("mains_fault", () -> mainsFault = on);
    }

    public void setFanFault(boolean on) {
        change("fan_fault", () -> fanFault = on);
    }

    public double gainDb(int channel) {
        return read(a -> a.channel(channel).gainDb);
    }

    public boolean muted(int channel) {
        return read(a -> a.channel(channel).muted);
    }

    public double temperatureC(int channel) {
        return read(a -> a.channel(channel).heat.temperatureC());
    }

    /** Brings heat up to now; called under the lock. */
    private void advance() {
        long now = System.nanoTime();
        double seconds = (now - lastNanos) / 1e9 * timeScale;
        lastNanos = now;
        for (SimulatedChannel c : channels) {
            c.advance(seconds, standby);
        }
    }

    private void change(String what, Runnable mutation) {
        lock.lock();
        try {
            advance();
            mutation.run();
        } finally {
            lock.unlock();
        }
        changes.forEach(l -> l.accept(what));
    }
}
