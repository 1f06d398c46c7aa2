package dev.rackd.app.audio;

import java.util.Locale;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;

/**
 * Little-endian sample encodings, converted to and from floats in [-1, 1). Used on the audio thread: the conversions
 * allocate nothing. Integers scale by 2^(bits-1) both ways, so 16- and 24-bit samples survive a round trip
 * bit for bit; values beyond full scale are clipped when encoded to an integer format (floats keep them).
 */
public enum SampleFormat {
    PCM16(2) {
        @Override
        float decodeOne(byte[] b, int at) {
            return (short) ((b[at] & 0xFF) | b[at + 1] << 8) * (1f / 32768);
        }

        @Override
        void encodeOne(float v, byte[] b, int at) {
            int s = (int) Math.max(-32768, Math.min(32767, Math.round(v * 32768.0)));
            b[at] = (byte) s;
            b[at + 1] = (byte) (s >> 8);
        }
    },
    PCM24(3) {
        @Override
        float decodeOne(byte[] b, int at) {
            return ((b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | b[at + 2] << 16) * (1f / 8388608);
        }

        @Override
        void encodeOne(float v, byte[] b, int at) {
            int s = (int) Math.max(-8388608, Math.min(8388607, Math.round(v * 8388608.0)));
            b[at] = (byte) s;
            b[at + 1] = (byte) (s >> 8);
            b[at + 2] = (byte) (s >> 16);
        }
    },
    /** 32-bit integers, also what many USB interfaces use to carry 24-bit samples. */
    PCM32(4) {
        @Override
        float decodeOne(byte[] b, int at) {
            return (float) (int32(b, at) * (1.0 / 2147483648.0));
        }

        @Override
        void encodeOne(float v, byte[] b, int at) {
            long s = Math.max(-2147483648L, Math.min(2147483647L, Math.round(v * 2147483648.0)));
            putInt32(b, at, (int) s);
        }
    },
    FLOAT32(4) {
        @Override
        float decodeOne(byte[] b, int at) {
            return Float.intBitsToFloat(int32(b, at));
        }

        @Override
        void encodeOne(float v, byte[] b, int at) {
            putInt32(b, at, Float.floatToRawIntBits(v));
        }
    },
    FLOAT64(8) {
        @Override
        float decodeOne(byte[] b, int at) {
            double v = Double.longBitsToDouble((int32(b, at) & 0xFFFFFFFFL) | (long) int32(b, at + 4) << 32);
            float f = (float) v;
            // a finite value beyond float's range stays finite (the largest float), so it is told as out of range
            // rather than as infinite
            return Float.isInfinite(f) && Double.isFinite(v) ? Math.copySign(Float.MAX_VALUE, f) : f;
        }

        @Override
        void encodeOne(float v, byte[] b, int at) {
            long bits = Double.doubleToRawLongBits(v);
            putInt32(b, at, (int) bits);
            putInt32(b, at + 4, (int) (bits >>> 32));
        }
    };

    private final int bytes;

    SampleFormat(int bytes) {
        this.bytes = bytes;
    }

    public int bytesPerSample() {
        return bytes;
    }

    abstract float decodeOne(byte[] b, int at);

    abstract void encodeOne(float v, byte[] b, int at);

    /** Converts {@code samples} samples from {@code src} (bytes from {@code srcOffset}) into {@code dst}. */
    public void decode(byte[] src, int srcOffset, float[] dst, int dstOffset, int samples) {
        for (int i = 0, at = srcOffset; i < samples; i++, at += bytes) {
            dst[dstOffset + i] = decodeOne(src, at);
        }
    }

    /** Converts {@code samples} floats from {@code src} into bytes in {@code dst} from {@code dstOffset}. */
    public void encode(float[] src, int srcOffset, byte[] dst, int dstOffset, int samples) {
        for (int i = 0, at = dstOffset; i < samples; i++, at += bytes) {
            encodeOne(src[srcOffset + i], dst, at);
        }
    }

    /** The Java Sound format of this encoding at the given rate and channel count (little-endian). */
    public AudioFormat audioFormat(float sampleRateHz, int channels) {
        AudioFormat.Encoding enc = isFloat() ? AudioFormat.Encoding.PCM_FLOAT : AudioFormat.Encoding.PCM_SIGNED;
        return new AudioFormat(enc, sampleRateHz, bytes * 8, channels, bytes * channels, sampleRateHz, false);
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** The encoding of a Java Sound format, if it is one of these (signed or float, little-endian, packed). */
    public static Optional<SampleFormat> of(AudioFormat f) {
        if (f.getChannels() < 1 || f.getFrameSize() != f.getChannels() * ((f.getSampleSizeInBits() + 7) / 8)
                || f.isBigEndian() && f.getSampleSizeInBits() > 8) {
            return Optional.empty();
        }
        boolean signed = f.getEncoding().equals(AudioFormat.Encoding.PCM_SIGNED);
        boolean flt = f.getEncoding().equals(AudioFormat.Encoding.PCM_FLOAT);
        return switch (f.getSampleSizeInBits()) {
            case 16 -> signed ? Optional.of(PCM16) : Optional.empty();
            case 24 -> signed ? Optional.of(PCM24) : Optional.empty();
            case 32 -> signed ? Optional.of(PCM32) : flt ? Optional.of(FLOAT32) : Optional.empty();
            case 64 -> flt ? Optional.of(FLOAT64) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** In the crew's words: "24-bit PCM", "32-bit float". */
    public String describe() {
        return bytes * 8 + "-bit " + (isFloat() ? "float" : "PCM");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | b[at + 3] << 24;
    }

    private static void putInt32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
        b[at + 3] = (byte) (v >> 24);
    }
}
