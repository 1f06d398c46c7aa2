package dev.rackd.app.cli.rf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rackd.app.wireless.coord.Assignment;
import dev.rackd.app.wireless.coord.Backup;
import dev.rackd.app.wireless.coord.CompatibilityProfile;
import dev.rackd.app.wireless.coord.Coordination;
import dev.rackd.app.wireless.coord.CoordinationRequest;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A coordination as the CLI prints it: a table for people, JSON for scripts. */
record CoordinationReport(CoordinationRequest request, Coordination result, CompatibilityProfile profile) {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String table() {
        StringBuilder b = new StringBuilder();
        b.append(result.assignments().size()).append(" of ").append(request.systems().size())
                .append(" systems coordinated, profile ").append(profile.name()).append(" (")
                .append(profile.spacingText()).append("), ").append(request.tvPlan()).append(" TV plan\n\n");
        b.append(String.format(Locale.ROOT, "%-8s %14s %6s%n", "system", "frequency kHz", "TV ch"));
        for (Assignment a : result.assignments()) {
            b.append(String.format(Locale.ROOT, "%-8s %14d %6s%s%n", a.systemId(), a.frequencyKhz(),
                    tv(a.tvChannel()), a.locked() ? "  locked" : ""));
        }
        if (!result.backups().isEmpty()) {
            b.append(String.format(Locale.ROOT, "%n%-8s %14s %6s  %s%n", "backup", "frequency kHz", "TV ch", "for"));
            int i = 1;
            for (Backup k : result.backups()) {
                b.append(String.format(Locale.ROOT, "%-8d %14d %6s  %s%n", i++, k.frequencyKhz(), tv(k.tvChannel()),
                        k.forSystemId()));
            }
        }
        if (!result.notes().isEmpty()) {
            b.append('\n');
            result.notes().forEach(n -> b.append("note: ").append(n).append('\n'));
        }
        return b.toString();
    }

    String json() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("wanted", request.systems().size());
        o.put("fitted", result.assignments().size());
        o.put("complete", result.complete());
        o.put("frequencies_khz", result.frequenciesKhz());
        o.put("backups_khz", result.backupsKhz());
        o.put("systems", result.assignments().stream().map(a -> Map.of("system", a.systemId(), "frequency_khz",
                a.frequencyKhz(), "tv_channel", a.tvChannel(), "locked", a.locked())).toList());
        o.put("backups", result.backups().stream().map(k -> Map.of("for", k.forSystemId(), "frequency_khz",
                k.frequencyKhz(), "tv_channel", k.tvChannel())).toList());
        o.put("profile", profile.name());
        o.put("spacing_khz", spacing(profile));
        o.put("tv_plan", request.tvPlan().name().toLowerCase(Locale.ROOT));
        o.put("notes", result.notes());
        return write(o);
    }

    static Map<String, Integer> spacing(CompatibilityProfile p) {
        Map<String, Integer> s = new LinkedHashMap<>();
        s.put("cc", p.carrierSpacingKhz());
        s.put("im3", p.im3Khz());
        s.put("im5", p.im5Khz());
        s.put("im7", p.im7Khz());
        s.put("im3x3", p.im3x3Khz());
        return s;
    }

    static String write(Object o) {
        try {
            return JSON.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tv(int ch) {
        return ch == 0 ? "-" : Integer.toString(ch);
    }
}
