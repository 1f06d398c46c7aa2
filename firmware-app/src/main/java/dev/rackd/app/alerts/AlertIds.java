package dev.rackd.app.alerts;

/**
 * Stable alert ids: {@code <device>.<metric>.<rule>}, or {@code <device>.<rule>} for a whole device.
 * Only letters, digits, '_', '-' and '.', so an id is always one MQTT topic level.
 */
public final class AlertIds {
    private AlertIds() {}

    public static String of(String deviceId, String metric, String rule) {
        String id = metric == null || metric.isEmpty() ? deviceId + "." + rule : deviceId + "." + metric + "." + rule;
        StringBuilder b = new StringBuilder(id.length());
        for (char c : id.toCharArray()) {
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
            b.append(ok ? c : '_');
        }
        return b.toString();
    }
}
