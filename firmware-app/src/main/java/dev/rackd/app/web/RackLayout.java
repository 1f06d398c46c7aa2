package dev.rackd.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.alerts.DeviceLabels;
import dev.rackd.app.alerts.RuleBook;
import dev.rackd.app.command.Json;
import dev.rackd.config.AlertSettings.AlertRule;
import dev.rackd.config.AlertSettings.Direction;
import dev.rackd.config.Amplifier;
import dev.rackd.config.AudioSettings;
import dev.rackd.config.MainsSettings;
import dev.rackd.config.PowerMeter;
import dev.rackd.config.ShowFile;
import dev.rackd.config.TemperatureSensor;
import dev.rackd.config.WirelessReceiver;
import java.util.Locale;
import java.util.Optional;

/**
 * What the page needs to know about the rack before any reading arrives: devices and their labels,
 * breakers, phases, temperature limits (the alert rules the engine applies), channel names and the
 * coordinated frequencies. Built once from the show file.
 */
public final class RackLayout {
    /** Used for the load marks when no rule names a phase's load. */
    static final double DEFAULT_LOAD_WARNING = 80;
    static final double DEFAULT_LOAD_CRITICAL = 95;

    private RackLayout() {}

    /** @param loginsPossible whether the page should offer a login at all */
    public static ObjectNode of(ShowFile show, boolean loginsPossible) {
        DeviceLabels labels = new DeviceLabels(show);
        RuleBook rules = new RuleBook(show);
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode rack = root.putObject("rack");
        rack.put("id", show.rack().id());
        rack.put("name", show.rack().name());
        MainsSettings mains = show.rack().mains();
        ObjectNode m = rack.putObject("mains");
        m.put("nominal_voltage", mains.nominalVoltage());
        m.put("voltage_tolerance_percent", mains.voltageTolerancePercent());
        m.put("nominal_frequency_hz", mains.nominalFrequencyHz());
        m.put("frequency_tolerance_percent", mains.frequencyTolerancePercent());
        m.put("mode", lower(mains.mode()));
        root.put("logins", loginsPossible);

        ArrayNode devices = root.putArray("devices");
        show.powerMeters().forEach(d -> device(devices, d.id(), labels, "power"));
        show.dcMonitors().forEach(d -> device(devices, d.id(), labels, "dc"));
        show.temperatureSensors().forEach(d -> device(devices, d.id(), labels, "temperature"));
        show.amplifiers().forEach(d -> device(devices, d.id(), labels, "amplifier"));
        show.receivers().forEach(d -> device(devices, d.id(), labels, "wireless"));
        show.scanner().ifPresent(d -> device(devices, d.id(), labels, "scanner"));
        show.audio().ifPresent(a -> device(devices, AudioSettings.DEVICE_ID, labels, "audio"));

        power(root.putObject("power"), show, labels);
        heat(root.putArray("heat"), show, labels, rules);
        wireless(root.putObject("wireless"), show, labels);
        amps(root.putArray("amps"), show, labels);
        show.audio().ifPresent(a -> {
            ObjectNode audio = root.putObject("audio");
            audio.put("channels", a.channels());
            audio.put("sample_rate", a.sampleRate());
            audio.put("max_notches", a.maxNotches());
            audio.put("limiter_dbtp", a.limiterDbtp());
            audio.put("feedback_mode", lower(a.feedbackMode()));
        });
        return root;
    }

    private static void device(ArrayNode devices, String id, DeviceLabels labels, String kind) {
        ObjectNode d = devices.addObject();
        d.put("id", id);
        d.put("label", id.equals(AudioSettings.DEVICE_ID) ? "Audio path" : labels.label(id));
        d.put("kind", kind);
        d.put("model", labels.model(id));
    }

    private static void power(ObjectNode power, ShowFile show, DeviceLabels labels) {
        ArrayNode meters = power.putArray("meters");
        for (PowerMeter pm : show.powerMeters()) {
            ObjectNode o = meters.addObject();
            o.put("id", pm.id());
            o.put("label", labels.label(pm.id()));
            o.put("breaker_amps", pm.breakerAmps());
            ArrayNode phases = o.putArray("phases");
            for (PowerMeter.Phase p : pm.phases()) {
                ObjectNode ph = phases.addObject();
                String prefix = lower(p);
                ph.put("phase", prefix);
                Optional<AlertRule> load = show.alerts().levelRule(pm.id(), prefix + "_load", Direction.ABOVE);
                ph.put("load_warning", load.flatMap(AlertRule::warning).orElse(DEFAULT_LOAD_WARNING));
                ph.put("load_critical", load.flatMap(AlertRule::critical).orElse(DEFAULT_LOAD_CRITICAL));
            }
        }
        ArrayNode dc = power.putArray("dc");
        show.dcMonitors().forEach(d -> dc.addObject().put("id", d.id()).put("label", labels.label(d.id()))
                .put("max_amps", d.maxAmps()));
        ArrayNode sequence = power.putArray("sequence");
        show.sequence().forEach(s -> sequence.addObject().put("relay", s.relay()).put("label", s.label()));
    }

    private static void heat(ArrayNode heat, ShowFile show, DeviceLabels labels, RuleBook rules) {
        for (TemperatureSensor s : show.temperatureSensors()) {
            ObjectNode o = heat.addObject().put("device", s.id()).put("metric", "temperature")
                    .put("label", labels.label(s.id()));
            // the power domain judges a sensor on its own limits, show-file rules aside
            o.put("warning", s.warningC());
            o.put("critical", s.criticalC());
        }
        for (Amplifier a : show.amplifiers()) {
            for (int ch = 1; ch <= a.channels(); ch++) {
                int c = ch;
                String name = a.setting(ch).map(Amplifier.AmpChannel::name).filter(n -> !n.isBlank())
                        .orElse("ch " + ch);
                limits(heat.addObject(), rules, a.id(), "ch" + c + "_temperature", labels.label(a.id()) + " · " + name);
            }
        }
    }

    /** The alert engine's rule for the rest (amplifier channels). */
    private static void limits(ObjectNode o, RuleBook rules, String device, String metric, String label) {
        o.put("device", device);
        o.put("metric", metric);
        o.put("label", label);
        rules.limitsAbove(device, metric).ifPresent(r -> {
            r.warning().ifPresent(w -> o.put("warning", w));
            r.critical().ifPresent(c -> o.put("critical", c));
        });
    }

    private static void wireless(ObjectNode wireless, ShowFile show, DeviceLabels labels) {
        ArrayNode receivers = wireless.putArray("receivers");
        for (WirelessReceiver r : show.receivers()) {
            ObjectNode o = receivers.addObject();
            o.put("id", r.id());
            o.put("label", labels.label(r.id()));
            o.put("model", lower(r.kind()));
            ArrayNode channels = o.putArray("channels");
            r.channels().forEach(c -> channels.addObject().put("channel", c.channel()).put("name", c.name())
                    .put("use", lower(c.use())).put("frequency_khz", c.frequencyKhz()));
        }
        show.scanner().ifPresent(s -> wireless.putObject("scanner").put("id", s.id()).put("label", labels.label(s.id()))
                .put("min_khz", s.scanMinKhz()).put("max_khz", s.scanMaxKhz()));
        show.coordination().ifPresent(c -> wireless.put("occupied_dbm", c.occupiedDbm()));
    }

    private static void amps(ArrayNode amps, ShowFile show, DeviceLabels labels) {
        for (Amplifier a : show.amplifiers()) {
            ObjectNode o = amps.addObject();
            o.put("id", a.id());
            o.put("label", labels.label(a.id()));
            ArrayNode channels = o.putArray("channels");
            for (int ch = 1; ch <= a.channels(); ch++) {
                ObjectNode c = channels.addObject().put("channel", ch);
                a.setting(ch).ifPresent(s -> c.put("name", s.name()).put("gain_db", s.gainDb())
                        .put("min_gain_db", s.minGainDb()).put("max_gain_db", s.maxGainDb()));
            }
        }
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
