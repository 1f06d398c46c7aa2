package dev.rackd.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * Reads and validates a show file. Every mistake in the file is reported at once as a {@link ConfigError}
 * ({@code FILE:LINE:COLUMN: path: what is wrong; what is allowed}) inside one {@link ShowFileException};
 * nothing a user can write makes it throw anything else.
 */
public final class ShowFileLoader {
    static final List<String> KEYS = List.of("rack", "mqtt", "state_dir", "power", "temperature", "amplifiers",
            "wireless", "audio", "gpio", "alerts", "auth");
    static final String DEFAULT_STATE_DIR = "/var/lib/rackd";

    private ShowFileLoader() {}

    /** Reads {@code file} (UTF-8) and validates it; errors name the file as given. */
    public static ShowFile load(Path file) throws ShowFileException {
        Problems problems = new Problems(file.toString());
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                problems.at(1, 1, SourceText.FILE, "is a folder; required: a show file (YAML)");
                problems.throwIfAny();
            }
            // bounded: a device such as /dev/zero given by mistake must not fill the heap
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(SourceText.MAX_BYTES + 1);
            }
        } catch (IOException | SecurityException e) {
            problems.at(1, 1, SourceText.FILE, "cannot be read (" + reason(e) + "); required: a readable show file");
            problems.throwIfAny();
            throw new IllegalStateException("unreachable");
        }
        return read(bytes, problems);
    }

    /** The bytes of a show file, checked for being UTF-8 text before the YAML parser sees them. */
    static ShowFile read(byte[] bytes, String fileName) throws ShowFileException {
        return read(bytes, new Problems(fileName));
    }

    private static ShowFile read(byte[] bytes, Problems problems) throws ShowFileException {
        Optional<String> text = SourceText.decode(bytes, problems);
        problems.throwIfAny();
        return parse(text.orElseThrow(), problems);
    }

    /** Validates YAML text; {@code fileName} is what error lines start with. */
    public static ShowFile parse(String yaml, String fileName) throws ShowFileException {
        return parse(yaml, new Problems(fileName));
    }

    private static ShowFile parse(String yaml, Problems problems) throws ShowFileException {
        Optional<MappingNode> root = SourceText.check(yaml, problems).flatMap(t -> YamlDocument.compose(t, problems));
        problems.throwIfAny();
        Values values = new Values(problems);
        Registry registry = new Registry(values);
        Fields top = new Fields(root.orElseThrow(), root.get(), "", values, KEYS);

        RackInfo rack = RackReader.read(top, registry);
        MqttSettings mqtt = MqttReader.read(top, registry, rack.id());
        Path stateDir = top.has("state_dir") ? registry.path(top, "state_dir").orElse(Path.of(DEFAULT_STATE_DIR))
                : Path.of(DEFAULT_STATE_DIR);
        GpioReader.Gpio gpio = GpioReader.read(top, registry);
        PowerReader.Power power = PowerReader.read(top, registry);
        List<TemperatureSensor> sensors = TemperatureReader.read(top, registry);
        List<Amplifier> amps = AmplifierReader.read(top, registry);
        WirelessReader.Wireless wireless = WirelessReader.read(top, registry);
        var audio = AudioReader.read(top, registry);
        AlertSettings alerts = AlertReader.read(top, registry);
        AuthSettings auth = AuthReader.read(top);
        ShowFile show = new ShowFile(rack, mqtt, stateDir, power.meters(), power.dcMonitors(), sensors, amps,
                wireless.receivers(), wireless.scanner(), wireless.coordination(), audio, gpio.outputs(),
                gpio.inputs(), power.sequence(), alerts, auth);
        registry.devices(DeviceMetrics.of(show)); // the alert rules are checked against what each device publishes
        registry.runDeferredChecks();
        problems.throwIfAny();
        return show;
    }

    private static String reason(Exception e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return switch (kind) {
            case "NoSuchFile" -> "no such file";
            case "AccessDenied" -> "permission denied";
            default -> kind.isEmpty() ? "I/O error" : kind;
        };
    }
}
