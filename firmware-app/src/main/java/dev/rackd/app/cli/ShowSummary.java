package dev.rackd.app.cli;

import dev.rackd.config.Amplifier;
import dev.rackd.config.ShowFile;
import java.util.ArrayList;
import java.util.List;

/** One line that tells the crew what a show file describes, so a wrong file is obvious at a glance. */
final class ShowSummary {
    private ShowSummary() {}

    static String of(ShowFile s) {
        List<String> parts = new ArrayList<>();
        parts.add("rack " + s.rack().id() + " (" + s.rack().name() + ")");
        count(parts, s.powerMeters().size(), "power meter");
        count(parts, s.dcMonitors().size(), "DC monitor");
        count(parts, s.temperatureSensors().size(), "temperature sensor");
        if (!s.amplifiers().isEmpty()) {
            int ch = s.amplifiers().stream().mapToInt(Amplifier::channels).sum();
            parts.add(plural(s.amplifiers().size(), "amplifier") + " (" + plural(ch, "channel") + ")");
        }
        if (!s.receivers().isEmpty()) {
            int ch = s.receivers().stream().mapToInt(r -> r.channels().size()).sum();
            parts.add(plural(s.receivers().size(), "wireless receiver") + " (" + plural(ch, "channel") + ")");
        }
        s.scanner().ifPresent(x -> parts.add("1 spectrum scanner"));
        s.audio().ifPresent(a -> parts.add("audio " + a.channels() + " ch at " + a.sampleRate() + " Hz"));
        count(parts, s.gpioOutputs().size(), "GPIO output");
        count(parts, s.gpioInputs().size(), "GPIO input");
        parts.add("MQTT " + s.mqtt().broker().orElse("embedded broker on " + s.mqtt().embeddedHost() + ":"
                + s.mqtt().embeddedPort()));
        return String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String what) {
        if (n > 0) {
            parts.add(plural(n, what));
        }
    }

    private static String plural(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
