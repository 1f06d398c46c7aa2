package dev.rackd.app.systemd;

import java.util.ArrayList;
import java.util.List;

/**
 * The one-line summary systemd shows in {@code systemctl status rackd}, e.g.
 * "3/3 meters, 2/2 amps online, 1 warning, MQTT connected". The crew reads it over SSH on a phone,
 * so it stays short and says the worst first.
 *
 * @param families device families in show-file order ("meters", "amps", "receivers"...)
 * @param criticals active critical alerts
 * @param warnings  active warnings
 */
public record StatusLine(List<Family> families, int criticals, int warnings, MqttState mqtt) {
    /** How many devices of one kind answer. */
    public record Family(String plural, int online, int total) {}

    /** Where telemetry goes. */
    public enum MqttState {
        CONNECTED("MQTT connected"),
        /** Before the first attempt to reach the broker has ended (at start-up). */
        CONNECTING("MQTT connecting"),
        BUFFERING("MQTT buffering (broker unreachable)"),
        OFF("MQTT off");

        private final String words;

        MqttState(String words) {
            this.words = words;
        }
    }

    public StatusLine {
        families = List.copyOf(families);
    }

    public String text() {
        List<String> parts = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (Family f : families) {
            if (f.total() > 0) {
                counts.add(f.online() + "/" + f.total() + " " + f.plural());
            }
        }
        parts.add(counts.isEmpty() ? "no devices" : String.join(", ", counts) + " online");
        if (criticals > 0) {
            parts.add(plural(criticals, "critical alert"));
        }
        if (warnings > 0) {
            parts.add(plural(warnings, "warning"));
        }
        if (criticals == 0 && warnings == 0) {
            parts.add("no alerts");
        }
        parts.add(mqtt.words);
        return String.join(", ", parts);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
