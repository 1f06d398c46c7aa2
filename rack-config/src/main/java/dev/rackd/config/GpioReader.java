package dev.rackd.config;

import dev.rackd.config.GpioInput.InputRole;
import dev.rackd.config.GpioInput.Pull;
import dev.rackd.config.GpioOutput.OutputRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code gpio:} — relays, LED and buzzer driven by the Pi, and the buttons it reads. BCM numbering. */
final class GpioReader {
    static final List<String> KEYS = List.of("outputs", "inputs");
    static final List<String> OUTPUT_KEYS = List.of("id", "label", "pin", "role", "active_low");
    static final List<String> INPUT_KEYS = List.of("id", "label", "pin", "role", "pull", "debounce");
    /** The 40-pin header brings out BCM 0..27. */
    static final int MAX_PIN = 27;

    private GpioReader() {}

    record Gpio(List<GpioOutput> outputs, List<GpioInput> inputs) {}

    static Gpio read(Fields root, Registry registry) {
        Fields f = root.section("gpio", KEYS);
        List<GpioOutput> outputs = new ArrayList<>();
        for (Fields item : f.items("outputs", OUTPUT_KEYS)) {
            String id = registry.deviceId(item);
            int pin = pin(item, registry);
            OutputRole role = item.requiredChoice("role", OutputRole.class, "output role").orElse(OutputRole.LED);
            var output = new GpioOutput(id, item.text("label", id, "any text"), pin, role,
                    item.flag("active_low", false));
            registry.output(output);
            outputs.add(output);
        }
        List<GpioInput> inputs = new ArrayList<>();
        for (Fields item : f.items("inputs", INPUT_KEYS)) {
            String id = registry.deviceId(item);
            int pin = pin(item, registry);
            InputRole role = item.choice("role", InputRole.class, InputRole.ACK_BUTTON, "input role");
            Pull pull = item.choice("pull", Pull.class, Pull.UP, "pull");
            Duration debounce = item.duration("debounce", Duration.ofMillis(50), Duration.ZERO, Duration.ofSeconds(1));
            inputs.add(new GpioInput(id, item.text("label", id, "any text"), pin, role, pull, debounce));
        }
        return new Gpio(outputs, inputs);
    }

    private static int pin(Fields f, Registry registry) {
        var pin = f.requiredInteger("pin", 0, MAX_PIN, "", "17");
        pin.ifPresent(p -> registry.claimPin(f, (int) p, f.path()));
        return (int) pin.orElse(0);
    }
}
