package dev.rackd.app.cli.rf;

import dev.rackd.app.wireless.coord.CompatibilityProfile;
import dev.rackd.app.wireless.coord.Equipment;
import dev.rackd.config.CoordinationSettings.Profile;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code [--profile LEVEL] [--equipment NAME]} or {@code --spacing cc=..,im3=..,...}: not both. */
final class ProfileOptions {
    @Option(names = "--profile", paramLabel = "LEVEL",
            description = "standard (default, as in the show file), robust or more: the equipment profile's level.")
    String level;

    @Option(names = "--equipment", paramLabel = "NAME",
            description = "With --profile: sennheiser-ew-g4 (default), mipro-act8 or digital.")
    String equipment;

    @Option(names = "--spacing", paramLabel = "SPACINGS",
            description = "Own spacings in kHz instead of a profile, e.g. cc=400,im3=200,im5=0,im7=0,im3x3=150 "
                    + "(cc required, the rest default to 0 = not checked).")
    String spacing;

    CompatibilityProfile resolve(CommandSpec spec) {
        if (level != null && spacing != null) {
            throw new ParameterException(spec.commandLine(),
                    "give either --profile standard|robust|more or --spacing cc=...,im3=..., not both");
        }
        if (spacing != null) {
            if (equipment != null) {
                throw new ParameterException(spec.commandLine(), "--equipment goes with --profile, not with --spacing");
            }
            return parseSpacing(spec, spacing);
        }
        Profile p;
        try {
            p = level == null ? Profile.STANDARD : Profile.valueOf(level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "--profile '" + level + "' is not a level; use standard, robust or more");
        }
        try {
            return Equipment.fromWireName(equipment == null ? "sennheiser-ew-g4" : equipment).profile(p);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--equipment: " + e.getMessage());
        }
    }

    private static CompatibilityProfile parseSpacing(CommandSpec spec, String text) {
        Map<String, Integer> v = new LinkedHashMap<>(Map.of("im3", 0, "im5", 0, "im7", 0, "im3x3", 0));
        boolean cc = false;
        for (String part : text.split(",", -1)) {
            String[] kv = part.strip().split("=", -1);
            String key = kv[0].strip().toLowerCase(Locale.ROOT);
            if (kv.length != 2 || !(key.equals("cc") || v.containsKey(key))) {
                throw new ParameterException(spec.commandLine(), "--spacing '" + part.strip()
                        + "': expected cc=, im3=, im5=, im7= or im3x3= with kHz, e.g. cc=400,im3=200,im3x3=150");
            }
            int khz = Numbers.khz(spec, "--spacing " + key, kv[1], 0, CompatibilityProfile.MAX_GUARD_KHZ);
            if (key.equals("cc")) {
                cc = true;
                v.put("cc", khz);
            } else {
                v.put(key, khz);
            }
        }
        if (!cc || v.get("cc") == 0) {
            throw new ParameterException(spec.commandLine(), "--spacing needs cc= with a carrier spacing above 0 kHz");
        }
        return new CompatibilityProfile("custom", v.get("cc"), v.get("im3"), v.get("im5"), v.get("im7"), v.get("im3x3"));
    }
}
