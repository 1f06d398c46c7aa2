package dev.rackd.config;

import dev.rackd.config.MainsSettings.MainsMode;
import java.util.List;

/** {@code rack:} — who this rack is and what mains it expects. */
final class RackReader {
    static final List<String> KEYS = List.of("id", "name", "mains");
    static final List<String> MAINS_KEYS = List.of("nominal_voltage", "nominal_frequency_hz", "mode",
            "voltage_tolerance_percent", "frequency_tolerance_percent", "imbalance_warning_percent");

    private RackReader() {}

    static RackInfo read(Fields root, Registry registry) {
        Fields rack = root.section("rack", KEYS);
        if (!root.present("rack")) {
            root.missing("rack", "a 'rack:' section with at least 'id:' (e.g. id: foh-a)");
            rack.quiet();
        }
        String id = registry.safeId(rack, "id");
        String name = rack.text("name", id, "any text, e.g. FOH Rack A");
        return new RackInfo(id, name, mains(rack.section("mains", MAINS_KEYS)));
    }

    private static MainsSettings mains(Fields f) {
        double volts = f.number("nominal_voltage", 230, 90, 280, "V");
        long hz = f.optionalInteger("nominal_frequency_hz", 50, 60, "Hz").orElse(50);
        if (hz != 50 && hz != 60) {
            f.error("nominal_frequency_hz", hz + " Hz is not a mains frequency; allowed: 50 or 60");
            hz = 50;
        }
        MainsMode mode = f.choice("mode", MainsMode.class, MainsMode.GRID, "mains mode");
        // EN 50160: ±1 % on an interconnected grid, ±2 % on an island supply such as a generator
        double frequencyDefault = mode == MainsMode.GENERATOR ? 2 : 1;
        return new MainsSettings(
                volts,
                hz,
                mode,
                f.number("voltage_tolerance_percent", 10, 1, 25, "%"),
                f.number("frequency_tolerance_percent", frequencyDefault, 0.1, 10, "%"),
                f.number("imbalance_warning_percent", 20, 1, 100, "%"));
    }
}
