package dev.rackd.hal.gpio;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A named input line in logical terms (active = pressed), debounced in software so every provider
 * (mock, gpiod, linuxfs) behaves the same: a new level counts only once it has held for the debounce
 * time. Listeners run on the board's debounce thread.
 */
public final class Input {
    private final InputSpec spec;
    private final DigitalInput line;
    private final ScheduledExecutorService timer;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean active;
    private long rawChanges;

    Input(InputSpec spec, DigitalInput line, ScheduledExecutorService timer) {
        this.spec = spec;
        this.line = line;
        this.timer = timer;
        this.active = isActive(line.state());
        line.addListener(e -> rawChanged());
    }

    public String name() {
        return spec.name();
    }

    InputSpec spec() {
        return spec;
    }

    /** The debounced logical level. */
    public boolean isActive() {
        return active;
    }

    /** Told {@code true} when the input becomes active (pressed), {@code false} when released. */
    public void onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    private void rawChanged() {
        long change;
        synchronized (this) {
            change = ++rawChanges;
        }
        long millis = spec.debounce().toMillis();
        if (millis == 0) {
            settle(change);
        } else {
            timer.schedule(() -> settle(change), millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Accepts the line's level if nothing moved since change number {@code change}. */
    private void settle(long change) {
        boolean now;
        synchronized (this) {
            if (change != rawChanges) {
                return;
            }
            now = isActive(line.state());
            if (now == active) {
                return;
            }
            active = now;
        }
        for (Consumer<Boolean> l : listeners) {
            try {
                l.accept(now);
            } catch (RuntimeException e) {
                GpioBoard.LOG.warn("{} listener failed: {}", spec.name(), e.toString());
            }
        }
    }

    private boolean isActive(DigitalState level) {
        return level != null && level.isHigh() != spec.activeLow();
    }
}
