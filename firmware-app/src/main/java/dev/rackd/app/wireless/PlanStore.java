package dev.rackd.app.wireless;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rackd.app.state.StateStore;
import dev.rackd.hal.wireless.scan.ScanFile;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wireless state in the state directory: {@code wireless-deployed} (what the receivers carry, updated by every
 * verified re-tune), {@code wireless-proposed} (the last coordination, waiting for {@code rf_deploy}) and
 * {@code wireless-scan} (the latest scan, Workbench CSV). A file that
 * does not parse is treated as absent, and said so in the log.
 */
final class PlanStore {
    static final String DEPLOYED = "wireless-deployed";
    static final String PROPOSED = "wireless-proposed";
    static final String SCAN = "wireless-scan";
    private static final Logger LOG = LoggerFactory.getLogger(PlanStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StateStore store;

    PlanStore(StateStore store) {
        this.store = store;
    }

    Optional<FrequencyPlan> load(String name) {
        try {
            Optional<byte[]> bytes = store.read(name);
            return bytes.isEmpty() ? Optional.empty() : Optional.of(JSON.readValue(bytes.get(), FrequencyPlan.class));
        } catch (IOException | RuntimeException e) {
            LOG.warn("wireless plan '{}' could not be read ({}); starting without it", name, e.getMessage());
            return Optional.empty();
        }
    }

    void save(String name, FrequencyPlan plan) throws IOException {
        store.write(name, JSON.writeValueAsBytes(plan));
    }

    /** Keeps the latest scan as Workbench CSV; a scan too large for the store is kept in memory only. */
    void saveScan(List<ScanPoint> scan) {
        try {
            store.write(SCAN, ScanFile.write(scan, ScanFile.Format.WWB).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            LOG.warn("the scan was not saved ({}); it is used until the service restarts", e.getMessage());
        }
    }

    List<ScanPoint> loadScan() {
        try {
            Optional<byte[]> b = store.read(SCAN);
            return b.isEmpty() ? List.of() : ScanFile.parse(new String(b.get(), StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            LOG.warn("the saved scan could not be read ({}); starting without one", e.getMessage());
            return List.of();
        }
    }
}
