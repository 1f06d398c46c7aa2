package dev.rackd.app.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SampleFormatProperties {

    @Property
    void integerSamplesSurviveTheRoundTripThroughFloatBitForBit(@ForAll @Size(min = 6, max = 96) byte[] raw) {
        for (SampleFormat f : new SampleFormat[] {SampleFormat.PCM16, SampleFormat.PCM24}) {
            int n = raw.length / f.bytesPerSample();
            float[] s = new float[n];
            f.decode(raw, 0, s, 0, n);
            byte[] back = new byte[n * f.bytesPerSample()];
            f.encode(s, 0, back, 0, n);
            assertThat(back).isEqualTo(java.util.Arrays.copyOf(raw, back.length));
            for (float v : s) {
                assertThat(v).isBetween(-1f, 1f - 1f / 32768 / 256);
            }
        }
    }

    @Property
    void anyFloatEncodesToTheNearestStepOrClipsAtFullScale(@ForAll @FloatRange(min = -4, max = 4) float v) {
        byte[] b = new byte[4];
        float[] back = new float[1];
        for (SampleFormat f : new SampleFormat[] {SampleFormat.PCM16, SampleFormat.PCM24, SampleFormat.PCM32}) {
            f.encode(new float[] {v}, 0, b, 0, 1);
            f.decode(b, 0, back, 0, 1);
            double step = Math.pow(2, -(f.bytesPerSample() * 8 - 1));
            double expected = Math.max(-1, Math.min(1 - step, v));
            assertThat((double) back[0]).isCloseTo(expected, within(
                    Math.max(step, Math.ulp(v)) * 0.51 + 1e-7));
        }
    }

    @Test
    void floatFormatsCarryValuesBeyondFullScaleAndTheSpecialOnes() {
        float[] in = {1.5f, -2.25f, Float.MIN_VALUE, -0.0f};
        for (SampleFormat f : new SampleFormat[] {SampleFormat.FLOAT32, SampleFormat.FLOAT64}) {
            byte[] b = new byte[in.length * f.bytesPerSample()];
            f.encode(in, 0, b, 0, in.length);
            float[] back = new float[in.length];
            f.decode(b, 0, back, 0, in.length);
            assertThat(back).containsExactly(in);
        }
    }

    @Test
    void aDoubleBeyondFloatRangeDecodesAsTheLargestFloatNotAsInfinity() {
        byte[] b = new byte[16];
        java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).putDouble(-1e300).putDouble(
                Double.POSITIVE_INFINITY);
        float[] back = new float[2];
        SampleFormat.FLOAT64.decode(b, 0, back, 0, 2);
        assertThat(back).containsExactly(-Float.MAX_VALUE, Float.POSITIVE_INFINITY);
    }

    @Test
    void littleEndianByteOrderAsOnTheWireAndInWavFiles() {
        byte[] b = new byte[3];
        SampleFormat.PCM24.encode(new float[] {-1f / 8388608}, 0, b, 0, 1);
        assertThat(b).containsExactly(0xFF, 0xFF, 0xFF);
        SampleFormat.PCM16.encode(new float[] {0.5f}, 0, b, 0, 1);
        assertThat(b[0]).isEqualTo((byte) 0x00);
        assertThat(b[1]).isEqualTo((byte) 0x40);
    }
}
