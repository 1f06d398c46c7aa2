package dev.rackd.app.alerts;

import dev.rackd.config.ShowFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** What the crew calls each device ("Amp B"), from the show file; the id where it gives no label. */
public final class DeviceLabels {
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> models = new HashMap<>();
    private final Set<String> ids;

    public DeviceLabels(ShowFile show) {
        show.powerMeters().forEach(d -> put(d.id(), d.label(), d.kind().name()));
        show.dcMonitors().forEach(d -> put(d.id(), d.label(), d.kind().name()));
        show.temperatureSensors().forEach(d -> put(d.id(), d.label(), d.kind().name()));
        show.amplifiers().forEach(d -> put(d.id(), d.label(), d.kind().name()));
        show.receivers().forEach(d -> put(d.id(), d.label(), d.kind().name()));
        show.scanner().ifPresent(d -> put(d.id(), d.label(), "RF Explorer"));
        ids = Set.copyOf(show.reportedDeviceIds());
    }

    /** Every device of the show file, the audio interface included. */
    public Set<String> ids() {
        return ids;
    }

    public String label(String deviceId) {
        return labels.getOrDefault(deviceId, deviceId);
    }

    /** The device family as the show file names it (PZEM004T, POWERSOFT, SHURE_ULXD...), or "". */
    public String model(String deviceId) {
        return models.getOrDefault(deviceId, "");
    }

    private void put(String id, String label, String model) {
        labels.put(id, label == null || label.isBlank() ? id : label);
        models.put(id, model);
    }
}
