package dev.rackd.app.wireless;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Frequencies per receiver channel ({@code <receiver>/<channel>}, e.g. {@code ulxd-a/2}) and the backups kept for
 * them. The deployed plan is what the receivers were verified to carry; a proposed plan waits for {@code rf_deploy}.
 */
public record FrequencyPlan(Map<String, Long> mainsKhz, List<PlanBackup> backups, String profile, List<String> notes) {
    public FrequencyPlan {
        mainsKhz = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(mainsKhz));
        backups = List.copyOf(backups);
        notes = List.copyOf(notes);
    }

    /** A spare frequency, picked for {@code forChannel}. */
    public record PlanBackup(String forChannel, long frequencyKhz) {}

    public static String key(String receiverId, int channel) {
        return receiverId + "/" + channel;
    }

    public FrequencyPlan with(String channel, long khz) {
        Map<String, Long> m = new TreeMap<>(mainsKhz);
        m.put(channel, khz);
        return new FrequencyPlan(m, backups.stream().filter(b -> b.frequencyKhz() != khz).toList(), profile, notes);
    }
}
