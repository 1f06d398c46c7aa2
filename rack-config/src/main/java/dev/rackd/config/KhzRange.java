package dev.rackd.config;

/** A frequency range in kHz, both ends included. */
public record KhzRange(long fromKhz, long toKhz) {
    public KhzRange {
        if (toKhz < fromKhz) {
            throw new IllegalArgumentException("range ends below its start: " + fromKhz + "-" + toKhz + " kHz");
        }
    }

    public boolean contains(long khz) {
        return khz >= fromKhz && khz <= toKhz;
    }
}
