package dev.rackd.rig.audio;

/**
 * Acoustic feedback at one frequency on one channel: the room's loop gain there is above 1, so whatever of that
 * frequency the PA plays comes back to the microphone a little louder. Modelled as a tone in the capture whose level,
 * every window of {@link #WINDOW_SECONDS}, becomes {@link #LOOP_GAIN} times the level the PA played at that frequency
 * in the window before (measured on the playback by quadrature demodulation): the howl itself as the engine passed
 * it, and the programme's own energy there, which is what a real howl builds up from. Left alone it grows about 40 dB
 * a second from {@link #ONSET} up to {@link #CAP}; a notch of 6 dB halves what is played there, the loop gain drops
 * below 1 and the tone dies away to the programme's level (or {@link #FLOOR} in silence), from which it grows again if
 * the notch is lifted while the fault is still injected.
 *
 * <p>Called by the card's lines only, under the room's lock; {@link #request} from any thread.
 */
final class HowlLoop {
    static final double WINDOW_SECONDS = 0.02;
    static final double LOOP_GAIN = Math.pow(10, 0.8 / 20);
    static final double CAP = 0.25;
    /** Where a new howl starts: -80 dBFS. */
    static final double ONSET = 1e-4;
    /** The least the loop keeps of it while it is injected: -100 dBFS, far below anything a detector hears. */
    static final double FLOOR = 1e-5;
    /** The most one window may multiply the level by: a burst of programme does not make a howl at once. */
    private static final double MAX_STEP = 1.5;

    private final double rateHz;
    private final int window;
    private volatile double requestedHz = Double.NaN;
    private double seenHz = Double.NaN;
    private double hz = Double.NaN;
    private double omega;
    private long startFrame;
    private double amplitude;
    private double target;
    private double step;
    private boolean fading;
    private long outWindow = -1;
    private double outI;
    private double outQ;
    private int outCount;

    HowlLoop(double rateHz) {
        this.rateHz = rateHz;
        this.window = (int) Math.round(rateHz * WINDOW_SECONDS);
    }

    /** From any thread: the room starts to howl at {@code hz}, or stops (NaN). Takes effect at the next frame. */
    void request(double requested) {
        requestedHz = requested;
    }

    /** The level of the howl now, 0..{@link #CAP}. */
    double amplitude() {
        return Double.isNaN(hz) ? 0 : amplitude;
    }

    /** The howl's sample at capture frame {@code f}; frames come in order. */
    double at(long f) {
        double wanted = requestedHz;
        if (Double.compare(wanted, seenHz) != 0) {
            seenHz = wanted;
            if (Double.isNaN(wanted)) {
                fadeOut();
            } else {
                start(wanted, f);
            }
        }
        if (Double.isNaN(hz)) {
            return 0;
        }
        amplitude = step > 0 ? Math.min(target, amplitude + step) : Math.max(target, amplitude + step);
        if (fading && amplitude <= 0) {
            hz = Double.NaN;
            return 0;
        }
        return amplitude * Math.sin(omega * (f - startFrame));
    }

    /** What the PA played at frame {@code f}. */
    void played(long f, double y) {
        if (Double.isNaN(hz) || f < startFrame) {
            return;
        }
        long k = (f - startFrame) / window;
        if (k != outWindow) {
            if (outWindow >= 0 && outCount >= window / 2) {
                loopOnce(2 * Math.hypot(outI, outQ) / outCount);
            }
            outWindow = k;
            outI = 0;
            outQ = 0;
            outCount = 0;
        }
        double ph = omega * (f - startFrame);
        outI += y * Math.cos(ph);
        outQ += y * Math.sin(ph);
        outCount++;
    }

    /** A window has been played with {@code playedLevel} at the howl's frequency: the room sends it back louder. */
    private void loopOnce(double playedLevel) {
        if (fading) {
            return;
        }
        target = Math.max(FLOOR, Math.min(Math.min(CAP, MAX_STEP * target), LOOP_GAIN * playedLevel));
        step = (target - amplitude) / window;
    }

    /** Released: gone within one window, without a click. */
    private void fadeOut() {
        fading = true;
        target = 0;
        step = -amplitude / window - 1e-12;
    }

    private void start(double startHz, long f) {
        hz = startHz;
        fading = false;
        omega = 2 * Math.PI * startHz / rateHz;
        startFrame = f;
        amplitude = ONSET;
        target = ONSET;
        step = 0;
        outWindow = -1;
    }
}
