package dev.rackd.config;

import dev.rackd.config.Amplifier.AmpChannel;
import dev.rackd.config.Amplifier.AmpKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code amplifiers:} — DSP amps on the network and what the show file says each channel must be. */
final class AmplifierReader {
    static final List<String> KEYS = List.of("id", "label", "kind", "host", "port", "channels", "channel_settings",
            "oca_objects", "poll");
    static final List<String> CHANNEL_KEYS = List.of("channel", "name", "gain_db", "muted", "min_gain_db",
            "max_gain_db", "load_ohms", "load_tolerance_percent");
    static final int POWERSOFT_PORT = 1234;

    private AmplifierReader() {}

    static List<Amplifier> read(Fields root, Registry registry) {
        List<Amplifier> amps = new ArrayList<>();
        for (Fields item : root.items("amplifiers", KEYS)) {
            amps.add(amplifier(item, registry));
        }
        return amps;
    }

    private static Amplifier amplifier(Fields f, Registry registry) {
        String id = registry.deviceId(f);
        if (!id.isEmpty()) {
            registry.amplifier(id);
        }
        AmpKind kind = f.requiredChoice("kind", AmpKind.class, "amplifier kind").orElse(AmpKind.POWERSOFT);
        String host = Hosts.required(f, "host");
        int port;
        if (kind == AmpKind.AES70) {
            // OCP.1 has no registered port: each maker picks one, so the show file must say it
            port = (int) f.requiredInteger("port", 1, 65535, "", "50014").orElse(1);
        } else {
            port = f.integer("port", POWERSOFT_PORT, 1, 65535, "");
        }
        registry.claimEndpoint(f, "host", host.isEmpty() ? "" : host + ":" + port, f.path());
        int channels = (int) f.requiredInteger("channels", 1, 16, "", "4").orElse(0);
        List<AmpChannel> settings = ChannelSettings.read(f, channels);
        Map<String, Long> objects = OcaObjects.read(f, kind, channels);
        objects.keySet().forEach(role -> registry.publishes(OcaObjects.metric(role)));
        Duration poll = f.duration("poll", Duration.ofSeconds(1), PowerReader.MIN_POLL, PowerReader.MAX_POLL);
        return new Amplifier(id, f.text("label", id, "any text"), kind, host, port, channels, settings, objects, poll);
    }
}
