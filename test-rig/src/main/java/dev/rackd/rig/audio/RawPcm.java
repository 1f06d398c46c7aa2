package dev.rackd.rig.audio;

/**
 * ALSA's interleaved sample formats as the file plugin stores them with {@code format "raw"}: the bytes exactly as
 * the application handed them over. Written from ALSA's format names (S16_LE: signed 16-bit little-endian; S24_3LE:
 * signed 24-bit in three bytes, little-endian), independent of rackd's own converters.
 */
public enum RawPcm {
    S16_LE(2), S24_3LE(3);

    private final int bytes;

    RawPcm(int bytes) {
        this.bytes = bytes;
    }

    public int bytesPerSample() {
        return bytes;
    }

    /** Full scale, the value of 1.0. */
    private double scale() {
        return 1L << (bytes * 8 - 1);
    }

    public byte[] encode(float[] samples) {
        byte[] out = new byte[samples.length * bytes];
        long max = (long) scale() - 1;
        for (int i = 0; i < samples.length; i++) {
            long v = Math.max(-max - 1, Math.min(max, Math.round(samples[i] * scale())));
            for (int b = 0; b < bytes; b++) {
                out[i * bytes + b] = (byte) (v >> (8 * b));
            }
        }
        return out;
    }

    public float[] decode(byte[] raw) {
        float[] out = new float[raw.length / bytes];
        for (int i = 0; i < out.length; i++) {
            long v = 0;
            for (int b = 0; b < bytes; b++) {
                v |= (long) (raw[i * bytes + b] & 0xFF) << (8 * b);
            }
            long sign = 1L << (bytes * 8 - 1);
            out[i] = (float) (((v ^ sign) - sign) / scale());
        }
        return out;
    }
}
