package dev.rackd.app.wireless.coord;

import java.util.Objects;

/** One transmitter frequency in a set to analyse. */
public record Carrier(String id, long frequencyKhz, CarrierClass carrierClass) {
    public Carrier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(carrierClass, "carrierClass");
        if (frequencyKhz <= 0 || frequencyKhz > 10_000_000) {
            throw new IllegalArgumentException("carrier " + id + " at " + frequencyKhz + " kHz is not a radio frequency");
        }
    }
}
