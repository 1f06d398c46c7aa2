package dev.rackd.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.command.Json;
import dev.rackd.app.state.StateStore;
import dev.rackd.hal.wireless.scan.ScanFile;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wireless domain's latest scan, as it keeps it in the state directory ({@code wireless-scan}, Wireless
 * Workbench CSV), turned into the spectrum panel's shape and thinned to at most {@link #MAX_POINTS} points (the
 * strongest level of each bin, so no carrier disappears). Read again only when the stored bytes change.
 */
final class StoredScan {
    /** The name the wireless domain stores its scan under. */
    static final String NAME = "wireless-scan";
    static final int MAX_POINTS = 1200;
    private static final Logger log = LoggerFactory.getLogger(StoredScan.class);

    private final StateStore store;
    private byte[] last = new byte[0];
    private ObjectNode scan;

    StoredScan(StateStore store) {
        this.store = store;
    }

    /** The scan now; empty while there is none. Called from the dashboard's timer only. */
    Optional<ObjectNode> read() {
        try {
            Optional<byte[]> bytes = store.read(NAME);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            if (!Arrays.equals(bytes.get(), last)) {
                last = bytes.get();
                scan = shape(ScanFile.parse(new String(last, StandardCharsets.US_ASCII)));
            }
        } catch (IOException e) { // a damaged or unreadable scan (ScanFileException) included
            log.warn("the stored scan cannot be shown: {}", e.getMessage());
            scan = null;
        }
        return Optional.ofNullable(scan);
    }

    static ObjectNode shape(List<ScanPoint> points) {
        List<ScanPoint> sorted = points.stream().sorted(java.util.Comparator.comparingLong(ScanPoint::frequencyKhz))
                .toList();
        if (sorted.size() < 2) {
            return null;
        }
        long first = sorted.getFirst().frequencyKhz();
        long last = sorted.getLast().frequencyKhz();
        int bins = Math.min(MAX_POINTS, sorted.size());
        double binKhz = (double) (last - first) / (bins - 1);
        double[] levels = new double[bins];
        Arrays.fill(levels, Double.NEGATIVE_INFINITY);
        for (ScanPoint p : sorted) {
            int b = (int) Math.round((p.frequencyKhz() - first) / binKhz);
            levels[b] = Math.max(levels[b], p.levelDbm());
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("start_khz", first);
        out.put("step_khz", binKhz);
        out.put("source", "latest scan");
        ArrayNode l = out.putArray("levels_dbm");
        for (double v : levels) {
            if (Double.isFinite(v)) {
                l.add(Math.round(v * 10) / 10.0);
            } else {
                l.addNull();
            }
        }
        return out;
    }
}
