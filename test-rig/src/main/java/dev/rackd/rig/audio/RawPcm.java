package dev.rackd.rig.audio;

import java.util.Optional;
import javax.sound.sampled.AudioFormat;

/**
 * ALSA's interleaved sample formats as the file plugin stores them with {@code format "raw"}: the bytes exactly as
 * the application handed them over. Written from ALSA's format names (S16_LE: signed 16-bit little-endian; S24_3LE:
 * signed 24-bit in three bytes, little-endian; S32_LE: signed 32-bit little-endian), independent of rackd's own
 * converters.
 */
public enum RawPcm {
    S16_LE(2), S24_3LE(3), S32_LE(4);

    private final int bytes;

    RawPcm(int bytes) {
        this.bytes = bytes;
    }

    public int bytesPerSample() {
        return bytes;
    }

    /** The format a Java Sound line describes, if it is one of these (signed, little-endian). */
    public static Optional<RawPcm> of(AudioFormat f) {
        if (!AudioFormat.Encoding.PCM_SIGNED.equals(f.getEncoding()) || f.isBigEndian()) {
            return Optional.empty();
        }
        for (RawPcm p : values()) {
            if (p.bytes * 8 == f.getSampleSizeInBits()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Full scale, the value of 1.0. */
    private double scale() {
        return 1L << (bytes * 8 - 1);
    }

    /** Writes one sample at {@code at}, clipped to full scale. */
    public void put(double sample, byte[] out, int at) {
        long max = (long) scale() - 1;
        long v = Math.max(-max - 1, Math.min(max, Math.round(sample * scale())));
        for (int b = 0; b < bytes; b++) {
            out[at + b] = (byte) (v >> (8 * b));
        }
    }

    /** Reads one sample at {@code at}. */
    public double get(byte[] in, int at) {
        long v = 0;
        for (int b = 0; b < bytes; b++) {
            v |= (long) (in[at + b] & 0xFF) << (8 * b);
        }
        long sign = 1L << (bytes * 8 - 1);
        return ((v ^ sign) - sign) / scale();
    }

    public byte[] encode(float[] samples) {
        byte[] out = new byte[samples.length * bytes];
        for (int i = 0; i < samples.length; i++) {
            put(samples[i], out, i * bytes);
        }
        return out;
    }

    public float[] decode(byte[] raw) {
        float[] out = new float[raw.length / bytes];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) get(raw, i * bytes);
        }
        return out;
    }
}
