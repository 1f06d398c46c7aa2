package dev.rackd.app.core;

import dev.rackd.app.alerts.Alert;
import dev.rackd.app.alerts.AlertEvent;
import dev.rackd.app.alerts.AlertListener;
import dev.rackd.app.alerts.Severity;
import dev.rackd.app.systemd.StatusLine;
import dev.rackd.app.systemd.StatusLine.Family;
import dev.rackd.app.systemd.StatusLine.MqttState;
import dev.rackd.config.AudioSettings;
import dev.rackd.config.ShowFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The rack as {@code systemctl status rackd} sums it up: devices online per family, active critical
 * alerts and warnings, and where telemetry goes. Follows the alert engine's events (an {@link AlertListener})
 * for the counts; reads the rack state and the link for the rest whenever a line is asked for.
 */
final class RackStatus implements AlertListener {
    private record Group(String plural, List<String> ids) {}

    private final List<Group> groups = new ArrayList<>();
    private final RackState state;
    private final Supplier<MqttState> mqtt;
    private final Map<String, Severity> active = new ConcurrentHashMap<>();
    private final Consumer<StatusLine> out;

    /** @param out gets a fresh line after every alert event (on the engine's thread: must not block) */
    RackStatus(ShowFile show, RackState state, Supplier<MqttState> mqtt, Consumer<StatusLine> out) {
        this.state = state;
        this.mqtt = mqtt;
        this.out = out;
        List<String> meters = new ArrayList<>();
        show.powerMeters().forEach(m -> meters.add(m.id()));
        show.dcMonitors().forEach(m -> meters.add(m.id()));
        groups.add(new Group("meters", meters));
        groups.add(new Group("sensors", show.temperatureSensors().stream().map(t -> t.id()).toList()));
        groups.add(new Group("amps", show.amplifiers().stream().map(a -> a.id()).toList()));
        groups.add(new Group("receivers", show.receivers().stream().map(r -> r.id()).toList()));
        groups.add(new Group("scanners", show.scanner().stream().map(s -> s.id()).toList()));
        groups.add(new Group("audio", show.audio().isPresent() ? List.of(AudioSettings.DEVICE_ID) : List.of()));
    }

    /** Counts the alerts open at start (from before a restart), which no event announces again. */
    void seed(List<Alert> open) {
        open.forEach(this::track);
        report();
    }

    @Override
    public void changed(AlertEvent event) {
        track(event.alert());
        report();
    }

    /** Hands the line as it is now to {@code out}. */
    void report() {
        out.accept(line());
    }

    StatusLine line() {
        List<Family> families = new ArrayList<>();
        for (Group g : groups) {
            int online = (int) g.ids().stream().filter(state::isOnline).count();
            families.add(new Family(g.plural(), online, g.ids().size()));
        }
        int criticals = (int) active.values().stream().filter(s -> s == Severity.CRITICAL).count();
        int warnings = (int) active.values().stream().filter(s -> s == Severity.WARNING).count();
        return new StatusLine(families, criticals, warnings, mqtt.get());
    }

    private void track(Alert a) {
        if (a.state().isActive()) {
            active.put(a.id(), a.severity());
        } else {
            active.remove(a.id());
        }
    }
}
