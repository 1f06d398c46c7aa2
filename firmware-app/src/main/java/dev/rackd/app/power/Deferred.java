package dev.rackd.app.power;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import dev.rackd.hal.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Holds back what the power watch says (derived readings, alerts) until it has left its lock, so that a
 * rack state or alert engine calling back into it can never deadlock with it.
 */
final class Deferred implements Alerts, Consumer<Reading> {
    private final Alerts alerts;
    private final Consumer<Reading> readings;
    private final List<Runnable> pending = new ArrayList<>();

    Deferred(Alerts alerts, Consumer<Reading> readings) {
        this.alerts = alerts;
        this.readings = readings;
    }

    @Override
    public void accept(Reading r) {
        pending.add(() -> readings.accept(r));
    }

    @Override
    public void raise(String rule, String deviceId, String metric, Severity severity, double value, double threshold,
            String message) {
        pending.add(() -> alerts.raise(rule, deviceId, metric, severity, value, threshold, message));
    }

    @Override
    public void clear(String rule, String deviceId, String metric) {
        pending.add(() -> alerts.clear(rule, deviceId, metric));
    }

    @Override
    public void level(String rule, String deviceId, String metric, Severity severity, double value, double threshold,
            String message, double step) {
        pending.add(() -> alerts.level(rule, deviceId, metric, severity, value, threshold, message, step));
    }

    @Override
    public void clear(String rule, String deviceId, String metric, double value, String message) {
        pending.add(() -> alerts.clear(rule, deviceId, metric, value, message));
    }

    @Override
    public void acknowledge(String rule, String deviceId, String metric, String user) {
        pending.add(() -> alerts.acknowledge(rule, deviceId, metric, user));
    }

    /** Takes what is queued; call under the watch's lock, run the result outside it. */
    List<Runnable> drain() {
        List<Runnable> out = List.copyOf(pending);
        pending.clear();
        return out;
    }
}
