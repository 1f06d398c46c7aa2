package dev.rackd.app.homeassistant;

import dev.rackd.hal.Unit;
import java.util.Optional;

/**
 * Home Assistant's sensor device class and state class for a rackd unit, so a rack shows up with the
 * right icons, unit conversions and long-term statistics. Units HA has no class for (%, dB, Ω, bars)
 * get none: HA then shows the plain number with its unit.
 */
record HaDeviceClass(Optional<String> deviceClass, String stateClass) {
    static HaDeviceClass of(Unit unit) {
        String dc = switch (unit) {
            case CELSIUS -> "temperature";
            case VOLT -> "voltage";
            case AMPERE -> "current";
            case WATT -> "power";
            case WATT_HOUR -> "energy";
            case HERTZ, KILOHERTZ -> "frequency";
            case DBM -> "signal_strength";
            case MINUTE, MILLISECOND -> "duration";
            default -> null;
        };
        return new HaDeviceClass(Optional.ofNullable(dc), unit == Unit.WATT_HOUR ? "total_increasing" : "measurement");
    }
}
