package dev.rackd.app.telemetry;

/** The telemetry topic tree under {@code rackd/<rack-id>/}; see docs/mqtt.md. */
public record Topics(String prefix) {
    public static Topics forRack(String rackId) {
        return new Topics("rackd/" + rackId + "/");
    }

    public String status() {
        return prefix + "status";
    }

    public String metric(String deviceId, String metric) {
        return prefix + "devices/" + deviceId + "/" + metric;
    }

    public String deviceOnline(String deviceId) {
        return prefix + "devices/" + deviceId + "/online";
    }
}
