package dev.rackd.config;

import dev.rackd.config.CoordinationSettings.Profile;
import dev.rackd.config.CoordinationSettings.TvPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** {@code wireless.coordination:} — the venue's TV plan, exclusions and how strict the coordination is. */
final class CoordinationReader {
    static final List<String> KEYS = List.of("tv_plan", "excluded_tv", "included_tv", "exclusions_khz", "profile",
            "occupied_dbm", "backups");
    private static final Pattern RANGE = Pattern.compile("\\s*([0-9]{1,7})\\s*-\\s*([0-9]{1,7})\\s*");
    private static final String RANGE_RULE = "\"FROM-TO\" in kHz, e.g. \"600000-614000\"";

    private CoordinationReader() {}

    static CoordinationSettings read(Fields f) {
        TvPlan plan = f.choice("tv_plan", TvPlan.class, CoordinationSettings.DEFAULT_TV_PLAN, "TV channel plan");
        // US: UHF 14..36 after the repack (2..13 VHF kept for completeness); EU: UHF 21..69
        int lowest = plan == TvPlan.US ? 2 : 21;
        int highest = TvChannels.lastOpenChannel(plan);
        List<Integer> excluded = tvChannels(f, "excluded_tv", plan, lowest, highest);
        List<Integer> included = tvChannels(f, "included_tv", plan, lowest, highest);
        if (!included.isEmpty() && included.stream().allMatch(ch -> ch < TvChannels.firstChannel(plan))) {
            // coordination would find nothing to use, and every receiver frequency would be refused
            f.error("included_tv", "names no UHF TV channel: wireless microphones tune in UHF; allowed: at least one"
                    + " of " + TvChannels.firstChannel(plan) + " to " + highest);
        }
        for (int channel : excluded) {
            if (included.contains(channel)) {
                f.error("included_tv", "TV channel " + channel + " is both included and excluded; allowed: each"
                        + " channel in one of the two lists");
            }
        }
        List<KhzRange> exclusions = new ArrayList<>();
        List<Node> ranges = f.list("exclusions_khz", "a list of " + RANGE_RULE);
        for (int i = 0; i < ranges.size(); i++) {
            String path = f.path("exclusions_khz") + "[" + i + "]";
            Node node = ranges.get(i);
            f.values().text(node, path, RANGE_RULE).ifPresent(text -> {
                var m = RANGE.matcher(text);
                if (!m.matches()) {
                    f.values().problems().at(node, path, Values.quote(text) + " is not a range; allowed: " + RANGE_RULE);
                    return;
                }
                long from = Long.parseLong(m.group(1));
                long to = Long.parseLong(m.group(2));
                if (to < from || from < WirelessReader.MIN_KHZ || to > WirelessReader.MAX_KHZ) {
                    f.values().problems().at(node, path, Values.quote(text) + " is not a usable range; allowed: FROM"
                            + " below TO, both " + WirelessReader.MIN_KHZ + " to " + WirelessReader.MAX_KHZ + " kHz");
                    return;
                }
                exclusions.add(new KhzRange(from, to));
            });
        }
        return new CoordinationSettings(
                plan,
                excluded,
                exclusions,
                f.choice("profile", Profile.class, Profile.STANDARD, "compatibility profile"),
                f.number("occupied_dbm", -85, -120, 0, "dBm"),
                f.integer("backups", 4, 0, 50, ""),
                included);
    }

    private static List<Integer> tvChannels(Fields f, String key, TvPlan plan, int lowest, int highest) {
        List<Integer> channels = new ArrayList<>();
        List<Node> nodes = f.list(key, "a list of TV channel numbers, e.g. "
                + (plan == TvPlan.US ? "[20, 21]" : "[37, 38]"));
        for (int i = 0; i < nodes.size(); i++) {
            String path = f.path(key) + "[" + i + "]";
            Node node = nodes.get(i);
            // a US channel from 37 up is closed everywhere: say why rather than only that it is out of range
            OptionalLong number = node instanceof ScalarNode s ? Scalars.integer(s.getValue()) : OptionalLong.empty();
            Optional<String> closed = number.isPresent() && Math.abs(number.getAsLong()) < 1_000
                    ? TvChannels.unlisted(plan, (int) number.getAsLong()) : Optional.empty();
            if (closed.isPresent()) {
                f.values().problems().at(node, path, closed.get() + "; allowed: " + lowest + " to " + highest);
                continue;
            }
            f.values().integer(node, path, lowest, highest, "").ifPresent(ch -> channels.add((int) ch));
        }
        return channels;
    }
}
