package dev.rackd.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.command.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The notches in place, followed from the audio domain's events ({@code notch_placed}, {@code _deepened},
 * {@code _lifted}, {@code _removed} on {@code audio/events}): a notch is known by channel and frequency.
 * Bounded per channel; what a restart of the dashboard missed shows again as the notches change.
 */
final class NotchBoard {
    static final int MAX_PER_CHANNEL = 64;
    static final int MAX_CHANNELS = 16;
    /** Two events within this ratio of frequency speak of the same notch. */
    static final double SAME_NOTCH = 0.01;

    private record Notch(double hz, double depthDb, double widthOct, boolean fixed) {}

    private final Map<Integer, List<Notch>> byChannel = new TreeMap<>();

    /** @return true when the picture changed */
    synchronized boolean take(JsonNode e) {
        String event = e.path("event").asText("");
        int channel = e.path("channel").asInt(-1);
        double hz = e.path("hz").asDouble(Double.NaN);
        if (!event.startsWith("notch_") || channel < 0 || !(hz > 0 && hz < 100_000)) {
            return false;
        }
        if (!byChannel.containsKey(channel) && byChannel.size() >= MAX_CHANNELS) {
            return false;
        }
        List<Notch> notches = byChannel.computeIfAbsent(channel, c -> new ArrayList<>());
        int at = find(notches, hz);
        Notch n = new Notch(hz, e.path("depth_db").asDouble(-3), e.path("width_oct").asDouble(0.1),
                e.path("fixed").asBoolean(false));
        switch (event) {
            case "notch_placed", "notch_deepened" -> {
                if (at >= 0) {
                    notches.set(at, n);
                } else if (notches.size() < MAX_PER_CHANNEL) {
                    notches.add(n);
                }
                return true;
            }
            case "notch_lifted", "notch_removed" -> {
                if (at >= 0) {
                    notches.remove(at);
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** {@code {"channels": [{"channel", "notches": [{hz, depth_db, width_oct, fixed}]}]}} */
    synchronized ObjectNode json() {
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode channels = out.putArray("channels");
        byChannel.forEach((channel, notches) -> {
            ArrayNode list = channels.addObject().put("channel", channel).putArray("notches");
            notches.forEach(n -> list.addObject().put("hz", n.hz()).put("depth_db", n.depthDb())
                    .put("width_oct", n.widthOct()).put("fixed", n.fixed()));
        });
        return out;
    }

    private static int find(List<Notch> notches, double hz) {
        for (int i = 0; i < notches.size(); i++) {
            if (Math.abs(notches.get(i).hz() - hz) <= hz * SAME_NOTCH) {
                return i;
            }
        }
        return -1;
    }
}
