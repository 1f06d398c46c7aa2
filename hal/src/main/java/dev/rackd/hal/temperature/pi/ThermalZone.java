package dev.rackd.hal.temperature.pi;

import dev.rackd.hal.temperature.SysfsFormatException;

/** A Linux thermal zone's {@code temp} file: one integer in millidegrees Celsius. */
public final class ThermalZone {
    private ThermalZone() {}

    public static double parseCelsius(String text) throws SysfsFormatException {
        String t = text.strip();
        if (!t.matches("-?\\d{1,7}")) {
            throw new SysfsFormatException("thermal zone should hold millidegrees, got '"
                    + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "'");
        }
        return Integer.parseInt(t) / 1000.0;
    }
}
