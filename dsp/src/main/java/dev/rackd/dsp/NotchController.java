package dev.rackd.dsp;

import dev.rackd.dsp.filter.NotchCascade;
import dev.rackd.dsp.howl.HowlListener;

/**
 * Decides the notches of one channel from the howls found: where a new one goes, when one is deepened, when a live
 * one is lifted, which one is reused when the pool is full. Runs on the audio thread; allocation-free.
 *
 * <p>The cascade has a few stages more than the pool: a notch being reused fades out on its own stage while its
 * successor fades in on a spare one, so that neither has to jump.
 */
final class NotchController implements HowlListener {
    private static final int SPARE_STAGES = 4;
    private static final int FREE = -1;
    private static final int FIXED = NotchKind.FIXED.ordinal();
    private static final int LIVE = NotchKind.LIVE.ordinal();
    private static final int FADING = 99;

    private final NotchCascade cascade;
    private final ChainSettings settings;
    private final ChannelEvents events;
    private final NotchBoard board;
    private final int[] kind;
    private final double[] hz;
    private final double[] depthDb;
    private final double[] widthOct;
    private final long[] placedAt;
    private final long[] lastHowl;
    private final long[] lastChange;
    private final int[] published;
    private final long deepenInterval;
    private final long holdSamples;
    private final long liftInterval;
    private final double maxHz;
    private FeedbackMode mode;
    private long lastPoolFull = Long.MIN_VALUE / 2;

    NotchController(ChainSettings settings, ChannelEvents events) {
        this.settings = settings;
        this.events = events;
        int stages = settings.maxNotches() + SPARE_STAGES;
        double rate = settings.sampleRateHz();
        cascade = new NotchCascade(rate, stages, Math.max(64, (int) Math.round(rate * 0.02)));
        board = new NotchBoard(stages);
        kind = new int[stages];
        java.util.Arrays.fill(kind, FREE);
        hz = new double[stages];
        depthDb = new double[stages];
        widthOct = new double[stages];
        placedAt = new long[stages];
        lastHowl = new long[stages];
        lastChange = new long[stages];
        published = new int[stages];
        deepenInterval = Math.round(settings.deepenIntervalMs() * rate / 1000);
        holdSamples = Math.round(settings.liveHoldSeconds() * rate);
        liftInterval = Math.round(settings.liftIntervalSeconds() * rate);
        maxHz = dev.rackd.dsp.filter.NotchDesign.maxFrequencyHz(rate);
        mode = settings.mode();
    }

    NotchCascade cascade() {
        return cascade;
    }

    NotchBoard board() {
        return board;
    }

    FeedbackMode mode() {
        return mode;
    }

    void setMode(FeedbackMode next, long now) {
        if (next == mode) {
            return;
        }
        mode = next;
        if (next == FeedbackMode.OFF) {
            clear(NotchKind.LIVE, now);
        }
    }

    @Override
    public void howl(double frequencyHz, double levelDbfs, long sample) {
        if (mode == FeedbackMode.OFF || frequencyHz >= maxHz) {
            return;
        }
        int s = matching(frequencyHz);
        if (s >= 0) {
            lastHowl[s] = sample;
            if (mode == FeedbackMode.RINGOUT && kind[s] == LIVE) {
                kind[s] = FIXED;
                changed(DspEventType.NOTCH_PLACED, s, sample);
            }
            if (sample - lastChange[s] >= deepenInterval && depthDb[s] > settings.maxDepthDb()) {
                move(s, Math.max(settings.maxDepthDb(), depthDb[s] - settings.depthStepDb()), sample,
                        DspEventType.NOTCH_DEEPENED);
            }
            return;
        }
        int target = mode == FeedbackMode.RINGOUT ? FIXED : LIVE;
        place(target, frequencyHz, settings.firstDepthDb(), settings.notchWidthOct(), sample);
    }

    /** Puts a new notch in, reusing the oldest live one if the pool is full; false if there was no room. */
    private boolean place(int target, double frequencyHz, double depth, double width, long now) {
        int s = freeStage();
        if (s < 0) {
            return false;
        }
        if (liveCount() + fixedCount() >= settings.maxNotches()) {
            int oldest = oldestLive();
            if (oldest < 0) {
                if (now - lastPoolFull >= liftInterval) {
                    lastPoolFull = now;
                    events.emit(DspEventType.NOTCH_POOL_FULL, now, frequencyHz, depth, width, target == FIXED);
                }
                return false;
            }
            fade(oldest, now);
        }
        kind[s] = target;
        hz[s] = frequencyHz;
        widthOct[s] = width;
        placedAt[s] = now;
        lastHowl[s] = now;
        move(s, depth, now, DspEventType.NOTCH_PLACED);
        return true;
    }

    /** Between blocks: frees faded stages, lifts live notches whose howl has gone. */
    void tick(long now) {
        for (int s = 0; s < kind.length; s++) {
            if (kind[s] == FADING && !cascade.isActive(s)) {
                kind[s] = FREE;
            } else if (kind[s] == LIVE && now - lastHowl[s] >= holdSamples && now - lastChange[s] >= liftInterval) {
                double lifted = depthDb[s] + settings.depthStepDb();
                if (lifted >= -0.01) {
                    fade(s, now);
                } else {
                    move(s, lifted, now, DspEventType.NOTCH_LIFTED);
                }
            }
        }
    }

    void clear(NotchKind which, long now) {
        for (int s = 0; s < kind.length; s++) {
            if (kind[s] == which.ordinal()) {
                fade(s, now);
            }
        }
    }

    /** Replaces the fixed set; live notches make room if needed. */
    void load(FixedNotch[] set, long now) {
        clear(NotchKind.FIXED, now);
        for (FixedNotch f : set) {
            if (f.frequencyHz() < maxHz && fixedCount() < settings.maxNotches()) {
                place(FIXED, f.frequencyHz(), f.depthDb(), f.widthOct(), now);
            }
        }
    }

    int liveCount() {
        return count(LIVE);
    }

    int fixedCount() {
        return count(FIXED);
    }

    private int count(int k) {
        int n = 0;
        for (int value : kind) {
            n += value == k ? 1 : 0;
        }
        return n;
    }

    private void move(int s, double depth, long now, DspEventType why) {
        depthDb[s] = depth;
        lastChange[s] = now;
        cascade.set(s, hz[s], depth, widthOct[s]);
        changed(why, s, now);
    }

    private void fade(int s, long now) {
        cascade.set(s, hz[s], 0.0, widthOct[s]);
        boolean wasFixed = kind[s] == FIXED;
        kind[s] = FADING;
        depthDb[s] = 0.0;
        publish();
        events.emit(DspEventType.NOTCH_REMOVED, now, hz[s], 0.0, widthOct[s], wasFixed);
    }

    /** The board first: a reader acting on the event (saving the fixed set, say) then reads the bank it reports. */
    private void changed(DspEventType why, int s, long now) {
        publish();
        events.emit(why, now, hz[s], depthDb[s], widthOct[s], kind[s] == FIXED);
    }

    private void publish() {
        for (int s = 0; s < kind.length; s++) {
            published[s] = kind[s] == FIXED || kind[s] == LIVE ? kind[s] : NotchBoard.EMPTY;
        }
        board.publish(published, hz, depthDb, widthOct);
    }

    /** The fixed or live notch whose band holds {@code frequencyHz}, or -1. */
    private int matching(double frequencyHz) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int s = 0; s < kind.length; s++) {
            if (kind[s] != FIXED && kind[s] != LIVE) {
                continue;
            }
            double distanceOct = Math.abs(Math.log(frequencyHz / hz[s])) / Math.log(2);
            double reachOct = Math.max(widthOct[s] / 2, 2.0 / hz[s]);
            if (distanceOct <= reachOct && distanceOct < bestDistance) {
                best = s;
                bestDistance = distanceOct;
            }
        }
        return best;
    }

    private int oldestLive() {
        int oldest = -1;
        for (int s = 0; s < kind.length; s++) {
            if (kind[s] == LIVE && (oldest < 0 || placedAt[s] < placedAt[oldest])) {
                oldest = s;
            }
        }
        return oldest;
    }

    private int freeStage() {
        for (int s = 0; s < kind.length; s++) {
            if (kind[s] == FREE && !cascade.isActive(s)) {
                return s;
            }
        }
        return -1;
    }
}
