package dev.rackd.rig.acoustic;

import java.util.Random;

/**
 * A synthesised loudspeaker-to-microphone path: direct sound, early reflections, an exponentially decaying diffuse
 * tail (Gaussian noise under an envelope falling 60 dB in {@code rt60Seconds}, darker as it decays), through a
 * loudspeaker (band-pass 70 Hz to 14 kHz) and a vocal microphone (high-pass at 100 Hz, presence peak at 5 kHz).
 *
 * @param distanceMetres     loudspeaker to microphone; sets the direct delay (343 m/s)
 * @param reflections        number of early reflections, spread over the 3 to 25 ms after the direct sound
 * @param reflectionGain     their size relative to the direct sound (each drawn between half and all of it)
 * @param directToReverbDb   energy of the direct sound over that of the tail
 * @param truncateDb         the response is cut where the tail's envelope has fallen this far
 */
public record Room(String name, double rt60Seconds, double distanceMetres, int reflections, double reflectionGain,
        double directToReverbDb, double truncateDb, long seed) {

    /** Impulse response at {@code rate}; its first sample is the loudspeaker's input instant. */
    public double[] impulseResponse(double rate) {
        Random random = new Random(seed);
        int direct = (int) Math.round(distanceMetres / 343.0 * rate);
        int length = direct + (int) Math.ceil(rt60Seconds * truncateDb / 60.0 * rate);
        double[] h = new double[length];
        h[direct] = 1.0;
        for (int r = 0; r < reflections; r++) {
            int at = direct + (int) Math.round((0.003 + 0.022 * random.nextDouble()) * rate);
            double sign = random.nextBoolean() ? 1 : -1;
            h[at] += sign * reflectionGain * (0.5 + 0.5 * random.nextDouble());
        }
        double[] tail = new double[length];
        int onset = direct + (int) Math.round(0.005 * rate);
        double decay = Math.log(1000) / (rt60Seconds * rate);
        double energy = 0;
        for (int i = onset; i < length; i++) {
            double fadeIn = Math.min(1.0, (i - onset) / (0.01 * rate));
            tail[i] = random.nextGaussian() * Math.exp(-decay * (i - onset)) * fadeIn;
            energy += tail[i] * tail[i];
        }
        darken(tail, rate, onset);
        double scale = Math.sqrt(Math.pow(10, -directToReverbDb / 10) / energy);
        for (int i = 0; i < length; i++) {
            h[i] += scale * tail[i];
        }
        Biquad.highPass(rate, 70, 0.7).apply(h);
        Biquad.lowPass(rate, 14000, 0.7).apply(h);
        Biquad.highPass(rate, 100, 0.6).apply(h);
        Biquad.peak(rate, 5000, 1.2, 5).apply(h);
        return h;
    }

    /** Air and walls absorb highs first: a one-pole low-pass whose cut-off falls from 12 to 3 kHz along the tail. */
    private static void darken(double[] tail, double rate, int onset) {
        double y = 0;
        for (int i = onset; i < tail.length; i++) {
            double t = (double) (i - onset) / (tail.length - onset);
            double cutoff = 12000 * Math.pow(3000.0 / 12000, t);
            double a = Math.exp(-2 * Math.PI * cutoff / rate);
            y = (1 - a) * tail[i] + a * y;
            tail[i] = y;
        }
    }

    /** Three rooms of the trade. */
    public static Room[] stages() {
        return new Room[] {
            new Room("rehearsal room", 0.35, 2.5, 6, 0.5, 3, 40, 11),
            new Room("club stage", 0.8, 4.0, 8, 0.45, -6, 40, 12),
            new Room("monitor wedge", 0.6, 1.2, 4, 0.6, 6, 40, 13),
        };
    }
}
