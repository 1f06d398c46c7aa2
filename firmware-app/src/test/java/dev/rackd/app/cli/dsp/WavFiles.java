package dev.rackd.app.cli.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.audio.SampleFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Test WAV files written and read through Java Sound, or chunk by chunk. */
final class WavFiles {
    /** A RIFF chunk: its id and its body (without the pad byte). */
    record Chunk(String id, byte[] body) {
        Chunk(String id, String text) {
            this(id, text.getBytes(StandardCharsets.ISO_8859_1));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Chunk c && c.id.equals(id) && Arrays.equals(c.body, body);
        }

        @Override
        public int hashCode() {
            return id.hashCode() * 31 + Arrays.hashCode(body);
        }

        @Override
        public String toString() {
            return "'" + id + "' (" + body.length + " bytes" + (body.length <= 16 ? ": "
                    + HexFormat.of().formatHex(body) : "") + ")";
        }
    }

    record Wav(AudioFormat format, byte[] data, float[] samples) {
        int channels() {
            return format.getChannels();
        }

        int frames() {
            return samples.length / channels();
        }
    }

    private WavFiles() {
    }

    static void write(Path file, SampleFormat sf, int rate, int channels, float[] interleaved) throws IOException {
        byte[] data = new byte[interleaved.length * sf.bytesPerSample()];
        sf.encode(interleaved, 0, data, 0, interleaved.length);
        AudioFormat f = sf.audioFormat(rate, channels);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(data), f, interleaved.length / channels),
                AudioFileFormat.Type.WAVE, file.toFile());
    }

    static Wav read(Path file) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            byte[] data = in.readAllBytes();
            SampleFormat sf = SampleFormat.of(in.getFormat()).orElseThrow();
            float[] s = new float[data.length / sf.bytesPerSample()];
            sf.decode(data, 0, s, 0, s.length);
            return new Wav(in.getFormat(), data, s);
        }
    }

    /** A sine on every channel (channel c at {@code hz * (c + 1)}), {@code amplitude} peak. */
    static float[] sine(int rate, int channels, double seconds, double hz, double amplitude) {
        int frames = (int) (rate * seconds);
        float[] s = new float[frames * channels];
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                s[i * channels + c] = (float) (amplitude * Math.sin(2 * Math.PI * hz * (c + 1) * i / rate));
            }
        }
        return s;
    }

    /** A tone that grows 40 dB per second from -60 dBFS and holds at -10 dBFS: how feedback builds up. */
    static float[] growingTone(int rate, double hz, double seconds) {
        java.util.Random noise = new java.util.Random(7);
        float[] s = new float[(int) (rate * seconds)];
        for (int i = 0; i < s.length; i++) {
            double db = Math.min(-10, -60 + 40.0 * i / rate);
            s[i] = (float) (Math.pow(10, db / 20) * Math.sin(2 * Math.PI * hz * i / rate)
                    + 0.003 * noise.nextGaussian());
        }
        return s;
    }

    static double peak(float[] s, int from, int to) {
        double p = 0;
        for (int i = from; i < to; i++) {
            p = Math.max(p, Math.abs(s[i]));
        }
        return p;
    }

    static double rmsDb(float[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) s[i] * s[i];
        }
        return 10 * Math.log10(sum / (to - from));
    }

    /** A RIFF/WAVE file of these chunks in this order, each body padded to an even length as RIFF asks. */
    static byte[] riff(List<Chunk> chunks) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.ISO_8859_1));
        for (Chunk c : chunks) {
            b.writeBytes(c.id().getBytes(StandardCharsets.ISO_8859_1));
            b.writeBytes(le32(c.body().length));
            b.writeBytes(c.body());
            if (c.body().length % 2 == 1) {
                b.write(0);
            }
        }
        byte[] file = b.toByteArray();
        System.arraycopy(le32(file.length - 8), 0, file, 4, 4);
        return file;
    }

    /** The chunks of a RIFF/WAVE file, walked by the book: its RIFF size must be its length less 8. */
    static List<Chunk> chunks(byte[] file) {
        var b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(file, 0, 4, StandardCharsets.ISO_8859_1) + new String(file, 8, 4,
                StandardCharsets.ISO_8859_1)).isEqualTo("RIFFWAVE");
        assertThat(b.getInt(4) & 0xFFFFFFFFL).as("RIFF size").isEqualTo(file.length - 8L);
        List<Chunk> out = new ArrayList<>();
        int at = 12;
        while (at < file.length) {
            int size = b.getInt(at + 4);
            out.add(new Chunk(new String(file, at, 4, StandardCharsets.ISO_8859_1),
                    Arrays.copyOfRange(file, at + 8, at + 8 + size)));
            at += 8 + size + (size & 1);
        }
        assertThat(at).as("the last chunk ends the file").isEqualTo(file.length);
        return out;
    }

    /** A plain fmt body: 16 bytes for PCM (tag 1), 18 for float (tag 3, with its empty extension). */
    static Chunk fmt(int tag, int channels, int rate, int bits) {
        int align = channels * bits / 8;
        var b = ByteBuffer.allocate(tag == 1 ? 16 : 18).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) tag).putShort((short) channels).putInt(rate).putInt(rate * align).putShort((short) align)
                .putShort((short) bits);
        return new Chunk("fmt ", b.array());
    }

    /** An extensible fmt body (40 bytes) of PCM (subTag 1) or float (3). */
    static Chunk fmtExtensible(int channels, int rate, int bits, int validBits, int mask, int subTag) {
        int align = channels * bits / 8;
        var b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0xFFFE).putShort((short) channels).putInt(rate).putInt(rate * align)
                .putShort((short) align).putShort((short) bits).putShort((short) 22).putShort((short) validBits)
                .putInt(mask).putShort((short) subTag)
                .put(HexFormat.of().parseHex("000000001000800000aa00389b71"));
        return new Chunk("fmt ", b.array());
    }

    static byte[] le32(long v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array();
    }
}
