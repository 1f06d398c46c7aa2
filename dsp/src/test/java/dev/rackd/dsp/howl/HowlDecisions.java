package dev.rackd.dsp.howl;

import dev.rackd.dsp.bench.ChainBenchmark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Every report the howl detector makes on a fixed set of inputs: the benchmark's programme, the test programmes, noise,
 * sweeps, howls growing or held under music, hostile input, infinities, NaN, overflow and subnormal powers; rates from
 * 8 to 192 kHz; blocks of odd sizes; a clear in the middle. A report is a line with the raw bits of its frequency and
 * level and its sample index, in hex. {@link HowlDecisionsPinnedTest} holds them to those the detector made before its
 * speed-up; {@link #main} writes them to a file ({@code full FILE}: every report; {@code pinned FILE}: the test's
 * resource).
 */
final class HowlDecisions {
    private static final double[] RATES = {8000, 16000, 22050, 32000, 44100, 48000, 88200, 96000, 192000};
    /** Reports of a scenario the pinned form keeps verbatim (a digest covers them all). */
    static final int SHOWN = 8;

    /** The reports of one scenario. */
    record Reports(String scenario, List<String> lines) {
        /** SHA-256 of the lines, each ended by a newline. */
        String digest() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (String line : lines) {
                    sha.update((line + "\n").getBytes(StandardCharsets.US_ASCII));
                }
                return HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A header line with the scenario, its count and digest, then the first {@link #SHOWN} reports. */
        String pinned() {
            StringBuilder text = new StringBuilder("# ").append(scenario).append('\n');
            text.append(lines.size()).append(' ').append(digest()).append('\n');
            lines.stream().limit(SHOWN).forEach(line -> text.append(line).append('\n'));
            return text.toString();
        }
    }

    private HowlDecisions() {
    }

    public static void main(String[] args) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Reports reports : all()) {
            if (args[0].equals("full")) {
                text.append("# ").append(reports.scenario()).append('\n');
                reports.lines().forEach(line -> text.append(line).append('\n'));
            } else {
                text.append(reports.pinned());
            }
        }
        Files.writeString(Path.of(args[1]), text, StandardCharsets.US_ASCII);
        // JTransforms may leave a pool of threads (at 192 kHz) that would hold the JVM for a minute
        System.exit(0);
    }

    /** The reports of every scenario, in order; the scenarios run side by side. */
    static List<Reports> all() {
        List<String> names = new ArrayList<>();
        List<Consumer<List<String>>> runs = new ArrayList<>();
        scenarios((name, run) -> {
            names.add(name);
            runs.add(run);
        });
        return IntStream.range(0, names.size()).parallel().mapToObj(i -> {
            List<String> lines = new ArrayList<>();
            runs.get(i).accept(lines);
            return new Reports(names.get(i), lines);
        }).toList();
    }

    /** Each scenario: its name and how to run it, adding its reports to a list. */
    private static void scenarios(BiConsumer<String, Consumer<List<String>>> s) {
        double[] bench = toDouble(ChainBenchmark.programme(10));
        for (double rate : new double[] {44100, 48000, 96000}) {
            for (int block : new int[] {64, 1, 37, 1000}) {
                s.accept("bench programme(10) at " + rate + " in blocks of " + block,
                        out -> run(out, rate, bench, block, -1));
            }
        }
        s.accept("bench programme(10) in random blocks", out -> runRandomBlocks(out, 48000, bench, 7));

        double r = TestProgramme.RATE;
        for (double hz : new double[] {187.3, 1013.7, 2511.2, 6789.4, 12345.6, 61.0, 17900.0}) {
            s.accept("growing howl " + hz, out -> run(out, r, TestProgramme.growingHowl(hz, -60, 40, 2.0, 1), 64, -1));
        }
        for (double offset = 0; offset < 1; offset += 0.125) {
            double hz = (100 + offset) * r / 2048;
            s.accept("growing howl at bin offset " + offset,
                    out -> run(out, r, TestProgramme.growingHowl(hz, -50, 30, 1.5, 2), 64, -1));
        }
        for (double dbPerSecond : new double[] {3, 6, 9, 12, 20, 80}) {
            s.accept("howl growing at " + dbPerSecond + " dB/s",
                    out -> run(out, r, TestProgramme.growingHowl(2222.2, -70, dbPerSecond, 6.0, 3), 64, -1));
        }
        for (double f0 : new double[] {110, 196, 262, 440}) {
            s.accept("sung vowel " + f0, out -> run(out, r, TestProgramme.sungVowel(f0, 40, 4.0, 3), 64, -1));
            s.accept("straight vowel " + f0, out -> run(out, r, TestProgramme.sungVowel(f0, 5, 4.0, 4), 64, -1));
        }
        s.accept("piano chord low", out -> run(out, r,
                TestProgramme.pianoChord(new double[] {130.8, 164.8, 196.0, 261.6}, 4.0), 64, -1));
        s.accept("piano chord high", out -> run(out, r,
                TestProgramme.pianoChord(new double[] {523.3, 659.3, 784.0}, 4.0), 64, -1));
        s.accept("organ note", out -> run(out, r, TestProgramme.organNote(220, 5.0), 64, -1));
        s.accept("howl under a sung vowel", out -> run(out, r, TestProgramme.mix(
                TestProgramme.sungVowel(196, 40, 3.0, 5), TestProgramme.growingHowl(1733.3, -50, 40, 3.0, 6)), 64, -1));
        s.accept("howl under a piano chord", out -> run(out, r, TestProgramme.mix(
                TestProgramme.pianoChord(new double[] {130.8, 164.8, 196.0, 261.6}, 4.0),
                TestProgramme.growingHowl(3141.5, -60, 25, 4.0, 8)), 64, -1));
        s.accept("howl at an organ partial", out -> run(out, r, TestProgramme.mix(TestProgramme.organNote(220, 5.0),
                TestProgramme.growingHowl(880.4, -60, 20, 5.0, 9)), 64, -1));
        s.accept("howl under the organ, cleared midway", out -> run(out, r, TestProgramme.mix(
                TestProgramme.organNote(330, 5.0), TestProgramme.growingHowl(1234.5, -60, 20, 5.0, 10)), 64,
                2 * 48000));

        for (double rate : RATES) {
            int n = (int) (6 * rate);
            s.accept("music with howls at " + rate, out -> run(out, rate, musicWithHowls(rate, n, 11), 64, -1));
            s.accept("music with howls at " + rate + " in odd blocks",
                    out -> run(out, rate, musicWithHowls(rate, n, 12), 257, -1));
            s.accept("noise with a buried sine at " + rate, out -> run(out, rate, noiseWithSine(rate, n, 13), 64, -1));
            s.accept("sweeps at " + rate, out -> runRandomBlocks(out, rate, sweeps(rate, n), 14));
            s.accept("held sines over music at " + rate, out -> run(out, rate, heldSines(rate, n, 15), 100, -1));
            s.accept("voice series with a howl at " + rate, out -> run(out, rate, voiceSeries(rate, n, 16), 64, -1));
            for (long seed = 1; seed <= 3; seed++) {
                long sd = seed;
                s.accept("hostile programme " + seed + " at " + rate,
                        out -> runRandomBlocks(out, rate, hostile(sd * 7919 + (long) rate, rate, n / 2), sd));
            }
        }
        s.accept("bench programme with howls, cleared midway", out -> {
            double[] x = bench.clone();
            addGrowing(x, 48000, 1500.3, -70, 15, 1.0);
            addGrowing(x, 48000, 660.0, -80, 10, 2.0);
            addGrowing(x, 48000, 4000.7, -65, 30, 6.0);
            run(out, 48000, x, 64, 5 * 48000);
        });
        s.accept("silence", out -> run(out, 48000, new double[48000], 64, -1));
        // the edges of the arithmetic: infinities and NaN in the spectrum (and in the powers around a peak), powers
        // that overflow, powers below the smallest normal
        for (double rate : new double[] {16000, 48000}) {
            int n = (int) (6 * rate);
            s.accept("music with sparse infinities at " + rate,
                    out -> run(out, rate, spiked(musicWithHowls(rate, n, 17), 18, Double.POSITIVE_INFINITY), 64, -1));
            s.accept("music with a NaN now and then at " + rate,
                    out -> run(out, rate, spiked(musicWithHowls(rate, n, 19), 20, Double.NaN), 64, -1));
            s.accept("music bursting into overflow at " + rate,
                    out -> run(out, rate, scaled(musicWithHowls(rate, n, 21), rate, 1e150), 64, -1));
            s.accept("music at subnormal powers at " + rate,
                    out -> run(out, rate, scaled(musicWithHowls(rate, n, 22), rate, 1e-158), 64, -1));
        }
    }

    private static HowlDetector detector(List<String> out, double rate) {
        return new HowlDetector(rate, (hz, level, sample) -> out.add(Long.toHexString(Double.doubleToRawLongBits(hz))
                + " " + Long.toHexString(Double.doubleToRawLongBits(level)) + " " + Long.toHexString(sample)));
    }

    private static void run(List<String> out, double rate, double[] signal, int block, int clearAt) {
        HowlDetector detector = detector(out, rate);
        boolean cleared = false;
        for (int at = 0; at < signal.length; at += block) {
            if (clearAt >= 0 && !cleared && at >= clearAt) {
                detector.clear();
                cleared = true;
            }
            detector.accept(signal, at, Math.min(block, signal.length - at));
        }
    }

    private static void runRandomBlocks(List<String> out, double rate, double[] signal, long seed) {
        Random random = new Random(seed);
        HowlDetector detector = detector(out, rate);
        for (int at = 0; at < signal.length; ) {
            int block = Math.min(1 + random.nextInt(random.nextBoolean() ? 70 : 1500), signal.length - at);
            detector.accept(signal, at, block);
            at += block;
        }
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    /** A chord with partials, a melody and noise, and howls growing at several paces in it. */
    private static double[] musicWithHowls(double rate, int n, long seed) {
        Random random = new Random(seed);
        double[] s = new double[n];
        double[] chord = {146.8, 220, 277.2, 329.6};
        for (int i = 0; i < n; i++) {
            double t = i / rate;
            double v = 0.03 * random.nextGaussian();
            for (double f : chord) {
                for (int h = 1; h <= 6 && f * h < rate / 2; h++) {
                    v += 0.06 / h * Math.sin(2 * Math.PI * f * h * t + h);
                }
            }
            double melody = 523.3 * Math.pow(2, ((int) (t * 4) % 9) / 12.0);
            v += 0.15 * Math.sin(2 * Math.PI * melody * t) * (0.7 + 0.3 * Math.sin(2 * Math.PI * 0.3 * t));
            s[i] = v;
        }
        double nyquist = rate / 2;
        addGrowing(s, rate, Math.min(987.6, 0.3 * nyquist), -75, 18, 0.5);
        addGrowing(s, rate, Math.min(3456.7, 0.6 * nyquist), -80, 9, 1.5);
        addGrowing(s, rate, Math.min(660.1, 0.2 * nyquist), -70, 30, 3.0);
        addGrowing(s, rate, Math.min(7777.7, 0.8 * nyquist), -70, 14, 2.0);
        return s;
    }

    /** Sets a few samples, now and then, to {@code value}. */
    private static double[] spiked(double[] s, long seed, double value) {
        Random random = new Random(seed);
        for (int i = random.nextInt(20000); i < s.length; i += 1 + random.nextInt(60000)) {
            s[i] = random.nextBoolean() ? value : -value;
        }
        return s;
    }

    /** Scales every other half second by {@code factor}. */
    private static double[] scaled(double[] s, double rate, double factor) {
        for (int i = 0; i < s.length; i++) {
            if ((int) (2 * i / rate) % 2 == 1) {
                s[i] *= factor;
            }
        }
        return s;
    }

    /** Adds a sine from {@code fromSeconds} on, growing in dB up to -6 dBFS. */
    private static void addGrowing(double[] s, double rate, double hz, double fromDb, double dbPerSecond,
            double fromSeconds) {
        for (int i = (int) (fromSeconds * rate); i < s.length; i++) {
            double t = i / rate - fromSeconds;
            double db = Math.min(-6, fromDb + dbPerSecond * t);
            s[i] += Math.pow(10, db / 20) * Math.sin(2 * Math.PI * hz * t);
        }
    }

    /** White and coloured noise at several levels, a slowly growing sine buried in it. */
    private static double[] noiseWithSine(double rate, int n, long seed) {
        Random random = new Random(seed);
        double[] s = new double[n];
        double low = 0;
        for (int i = 0; i < n; i++) {
            double t = i / rate;
            double level = Math.pow(10, (-60 + 50 * ((int) t % 3) / 2.0) / 20);
            low = 0.98 * low + 0.02 * random.nextGaussian();
            s[i] = level * (t < n / rate / 2 ? random.nextGaussian() : 5 * low);
        }
        addGrowing(s, rate, 0.123 * rate, -90, 20, 0.3);
        return s;
    }

    /** Linear and exponential sine sweeps, fast and slow, steady and growing. */
    private static double[] sweeps(double rate, int n) {
        double[] s = new double[n];
        double phase = 0;
        double phase2 = 0;
        for (int i = 0; i < n; i++) {
            double t = i / rate;
            double half = n / rate / 2;
            double f = t < half ? 50 + t * 0.45 * rate / half : 40 * Math.pow(1.0005, i * 48000 / rate);
            f = Math.min(f, 0.49 * rate);
            phase += 2 * Math.PI * f / rate;
            phase2 += 2 * Math.PI * (1000 + 10 * t) / rate;
            s[i] = 0.3 * Math.sin(phase) + Math.pow(10, (-60 + 12 * t) / 20) * Math.sin(phase2);
        }
        return s;
    }

    /** Steady sines (the hold path) at and off harmonic ratios to a held note, some stepping, some creeping. */
    private static double[] heldSines(double rate, int n, long seed) {
        Random random = new Random(seed);
        double[] s = new double[n];
        double[] partials = {1.0, 0.5, 0.35, 0.2, 0.12};
        for (int i = 0; i < n; i++) {
            double t = i / rate;
            double v = 0.01 * random.nextGaussian();
            for (int h = 0; h < partials.length; h++) {
                v += 0.3 * partials[h] * Math.sin(2 * Math.PI * 196 * (h + 1) * t + h);
            }
            v += 0.05 * Math.sin(2 * Math.PI * Math.min(1234.5, 0.4 * rate) * t);
            v += 0.05 * Math.sin(2 * Math.PI * 588.0 * t) * (t > 2 ? 1 : 0.3);
            v += Math.pow(10, (-40 + 3 * t) / 20) * Math.sin(2 * Math.PI * 88.3 * t);
            v += 0.02 * Math.sin(2 * Math.PI * 392.6 * t) * (1 + ((int) (t * 5) % 2));
            s[i] = v;
        }
        return s;
    }

    /** A voice's 10th to 25th harmonics (an evenly spaced series) with a howl creeping up between two of them. */
    private static double[] voiceSeries(double rate, int n, long seed) {
        Random random = new Random(seed);
        double[] s = new double[n];
        double f0 = 180;
        for (int i = 0; i < n; i++) {
            double t = i / rate;
            double v = 0.005 * random.nextGaussian();
            for (int h = 10; h <= 25 && h * f0 < 0.45 * rate; h++) {
                v += 0.03 * Math.sin(2 * Math.PI * f0 * h * t + 0.1 * h * h);
            }
            s[i] = v * (0.8 + 0.2 * Math.sin(2 * Math.PI * 0.5 * t));
        }
        addGrowing(s, rate, Math.min(f0 * 14.5, 0.3 * rate), -60, 8, 1.0);
        return s;
    }

    /**
     * Steady and growing tones anywhere from a few hertz to just under Nyquist (the edges of the spectrum, where
     * harmonic partners fall outside it), chords of them, noise, clipping square waves, silence and NaN-free extremes.
     */
    static double[] hostile(long seed, double rate, int frames) {
        Random random = new Random(seed);
        double[] s = new double[frames];
        int i = 0;
        while (i < frames) {
            int length = 1 + random.nextInt((int) rate);
            int kind = random.nextInt(6);
            double level = Math.pow(10, -random.nextInt(100) / 20.0);
            double[] hz = new double[1 + random.nextInt(4)];
            for (int h = 0; h < hz.length; h++) {
                hz[h] = random.nextBoolean() ? random.nextDouble() * 200 : rate / 2 * (1 - random.nextDouble() * 0.05);
            }
            for (int k = 0; k < length && i < frames; k++, i++) {
                double t = (double) k / rate;
                double v = 0;
                for (double f : hz) {
                    v += Math.sin(2 * Math.PI * f * t);
                }
                s[i] = switch (kind) {
                    case 0 -> level * v;
                    case 1 -> level * v * Math.pow(10, 3 * t);
                    case 2 -> level * random.nextGaussian();
                    case 3 -> Math.signum(v) * level * 1000;
                    case 4 -> 0.0;
                    default -> random.nextBoolean() ? Double.MAX_VALUE / 1e10 : -Double.MAX_VALUE / 1e10;
                };
            }
        }
        return s;
    }
}
