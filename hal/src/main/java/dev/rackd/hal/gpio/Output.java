package dev.rackd.hal.gpio;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;

/** A named output line in logical terms: on means the load is on, whatever the wiring's polarity. */
public final class Output {
    private final OutputSpec spec;
    private final DigitalOutput line;
    private final boolean held;
    private volatile boolean on;

    Output(OutputSpec spec, DigitalOutput line, boolean on, boolean held) {
        this.spec = spec;
        this.line = line;
        this.on = on;
        this.held = held;
    }

    /** Left as it is when the board closes. */
    boolean held() {
        return held;
    }

    public String name() {
        return spec.name();
    }

    OutputSpec spec() {
        return spec;
    }

    public int bcm() {
        return spec.bcm();
    }

    /** Drives the line; the state read back by {@link #isOn()} changes only when the write succeeded. */
    public synchronized void set(boolean wantOn) throws GpioException {
        try {
            line.state(level(spec.activeLow(), wantOn));
            on = wantOn;
        } catch (RuntimeException e) {
            throw new GpioException(spec.name() + " (GPIO " + spec.bcm() + ") could not be switched "
                    + (wantOn ? "on" : "off") + ": " + e.getMessage(), e);
        }
    }

    /** What rackd last drove the load to. */
    public boolean isOn() {
        return on;
    }

    static DigitalState level(boolean activeLow, boolean on) {
        return on != activeLow ? DigitalState.HIGH : DigitalState.LOW;
    }
}
