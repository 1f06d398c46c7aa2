package dev.rackd.app.alerts;

import dev.rackd.config.GpioOutput.OutputRole;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.gpio.GpioBoard;
import dev.rackd.hal.gpio.GpioException;
import dev.rackd.hal.gpio.InputSpec;
import dev.rackd.hal.gpio.Output;
import dev.rackd.hal.gpio.OutputSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rack's own lamp, buzzer and acknowledge button, for the tech standing at the rack.
 *
 * <ul>
 *   <li>LED <b>steady</b>: rackd runs and nothing needs attention (info alerts at most);
 *       <b>slow blink</b> (1 Hz): a warning is active; <b>fast blink</b> (4 Hz): a critical is active
 *       or latched; <b>off</b>: rackd is not running.</li>
 *   <li>Buzzer: a 250 ms beep every second while any critical alert is unacknowledged.</li>
 *   <li>Button: acknowledges every open alert, as user {@value #BUTTON_USER}.</li>
 * </ul>
 */
public final class Indicators implements AlertListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Indicators.class);
    static final String BUTTON_USER = "rack button";
    static final long TICK_MILLIS = 25;

    /** On for {@code onMillis} of every {@code periodMillis}. */
    record Pattern(long periodMillis, long onMillis) {
        static final Pattern STEADY = new Pattern(1, 1);
        static final Pattern SLOW = new Pattern(1000, 500);
        static final Pattern FAST = new Pattern(250, 125);
        static final Pattern BEEP = new Pattern(1000, 250);
        static final Pattern OFF = new Pattern(1, 0);

        boolean on(long millis) {
            return millis % periodMillis < onMillis;
        }
    }

    private final List<Output> leds;
    private final List<Output> buzzers;
    private final Map<String, Alert> open = new HashMap<>();
    private final ScheduledExecutorService blinker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rackd-indicators");
        t.setDaemon(true);
        return t;
    });
    private volatile Pattern led = Pattern.STEADY;
    private volatile Pattern buzzer = Pattern.OFF;

    /** Opens the show file's LED, buzzer and button lines on the (shared) board. */
    public Indicators(ShowFile show, GpioBoard board, AlertEngine engine) throws GpioException {
        List<Output> lamps = new ArrayList<>();
        for (OutputSpec s : GpioSpecs.outputsWith(show, OutputRole.LED)) {
            lamps.add(board.output(s));
        }
        List<Output> horns = new ArrayList<>();
        for (OutputSpec s : GpioSpecs.outputsWith(show, OutputRole.BUZZER)) {
            horns.add(board.output(s));
        }
        this.leds = List.copyOf(lamps);
        this.buzzers = List.copyOf(horns);
        for (InputSpec b : GpioSpecs.ackButtons(show)) {
            board.input(b).onChange(pressed -> {
                if (pressed) {
                    engine.acknowledgeAll(BUTTON_USER);
                }
            });
        }
        engine.withOpen(list -> {
            list.forEach(a -> open.put(a.id(), a));
            recompute();
        });
    }

    /** Starts blinking; the engine thread keeps the patterns current through {@link #changed}. */
    public void start() {
        blinker.scheduleAtFixedRate(() -> tick(System.nanoTime() / 1_000_000), 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void changed(AlertEvent e) {
        if (e.alert().state() == AlertStatus.CLOSED) {
            open.remove(e.alert().id());
        } else {
            open.put(e.alert().id(), e.alert());
        }
        recompute();
    }

    private void recompute() {
        Severity worst = null;
        boolean unacknowledgedCritical = false;
        for (Alert a : open.values()) {
            if (a.state().isActive() && (worst == null || a.severity().compareTo(worst) > 0)) {
                worst = a.severity();
            }
            unacknowledgedCritical |= a.state().isActive() && a.severity() == Severity.CRITICAL && a.ackedBy() == null;
        }
        led = worst == Severity.CRITICAL ? Pattern.FAST : worst == Severity.WARNING ? Pattern.SLOW : Pattern.STEADY;
        buzzer = unacknowledgedCritical ? Pattern.BEEP : Pattern.OFF;
    }

    /** Drives the lines for the moment {@code millis}; only changes are written. */
    void tick(long millis) {
        drive(leds, led.on(millis));
        drive(buzzers, buzzer.on(millis));
    }

    /** Stops blinking and leaves every lamp and buzzer off. */
    @Override
    public void close() {
        blinker.shutdownNow();
        try {
            blinker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drive(leds, false);
        drive(buzzers, false);
    }

    private static void drive(List<Output> outputs, boolean on) {
        for (Output o : outputs) {
            if (o.isOn() != on) {
                try {
                    o.set(on);
                } catch (GpioException e) {
                    LOG.warn("{}", e.getMessage());
                }
            }
        }
    }
}
