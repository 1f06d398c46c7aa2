package dev.rackd.app.cli.dsp;

import dev.rackd.app.audio.SampleFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Test WAV files written and read through Java Sound. */
final class WavFiles {
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
}
