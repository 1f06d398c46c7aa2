package dev.rackd.app.wireless.coord;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One transmitter/receiver pair to coordinate.
 *
 * @param minKhz    lowest tunable frequency; the tuning grid is {@code minKhz + k * stepKhz}
 * @param maxKhz    highest tunable frequency
 * @param lockedKhz a frequency that must be kept as it is (already deployed, or chosen by hand)
 */
public record WirelessSystem(String id, long minKhz, long maxKhz, int stepKhz, CarrierClass carrierClass,
        OptionalLong lockedKhz) {

    public WirelessSystem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(carrierClass, "carrierClass");
        Objects.requireNonNull(lockedKhz, "lockedKhz");
        if (minKhz <= 0 || maxKhz < minKhz || maxKhz > 10_000_000) {
            throw new IllegalArgumentException(id + ": tuning range " + minKhz + "-" + maxKhz + " kHz is not valid");
        }
        if (stepKhz <= 0 || stepKhz > 1_000) {
            throw new IllegalArgumentException(id + ": tuning step must be 1 to 1000 kHz, got " + stepKhz);
        }
        if (lockedKhz.isPresent() && (lockedKhz.getAsLong() <= 0 || lockedKhz.getAsLong() > 10_000_000)) {
            throw new IllegalArgumentException(id + ": locked frequency " + lockedKhz.getAsLong() + " kHz is not valid");
        }
    }

    public static WirelessSystem of(String id, long minKhz, long maxKhz, int stepKhz, CarrierClass cls) {
        return new WirelessSystem(id, minKhz, maxKhz, stepKhz, cls, OptionalLong.empty());
    }

    public WirelessSystem lockedAt(long khz) {
        return new WirelessSystem(id, minKhz, maxKhz, stepKhz, carrierClass, OptionalLong.of(khz));
    }
}
