package dev.rackd.rig.sim;

import java.time.Duration;

/**
 * How hard the rack works over a show day, compressed into a {@link #CYCLE} that repeats: rehearsal
 * (songs stopped and restarted), changeover, doors (house music), the show (songs with peaks and short
 * gaps), changeover again. Returns a load from 0 (idle) to 1 (the loudest song's peak); every value
 * model scales its own range by it. Pure function of time: two devices asking at the same moment agree.
 */
public final class ShowLoad {
    /** One compressed show day; short enough to see every part in a demo. */
    public static final Duration CYCLE = Duration.ofMinutes(16);

    public enum Part { REHEARSAL, CHANGEOVER, DOORS, SHOW }

    /** Part boundaries in seconds into the cycle. */
    private static final double REHEARSAL_END = 240;
    private static final double FIRST_CHANGEOVER_END = 360;
    private static final double DOORS_END = 480;
    private static final double SHOW_END = 900;
    private static final double SONG_SECONDS = 70;
    private static final double GAP_SECONDS = 10;

    private ShowLoad() {}

    public static Part partAt(double seconds) {
        double t = inCycle(seconds);
        if (t < REHEARSAL_END) {
            return Part.REHEARSAL;
        }
        if (t < FIRST_CHANGEOVER_END) {
            return Part.CHANGEOVER;
        }
        if (t < DOORS_END) {
            return Part.DOORS;
        }
        return t < SHOW_END ? Part.SHOW : Part.CHANGEOVER;
    }

    /** The load at {@code seconds} after the simulation started, 0..1. */
    public static double at(double seconds) {
        double t = inCycle(seconds);
        return switch (partAt(seconds)) {
            case REHEARSAL -> song(t, 0.30, 0.60, 40, 20);
            case CHANGEOVER -> 0.10;
            case DOORS -> 0.22 + 0.03 * Math.sin(t / 7.0);
            case SHOW -> song(t - DOORS_END, 0.45, 0.95, SONG_SECONDS, GAP_SECONDS);
        };
    }

    /**
     * Songs of {@code songSeconds} with {@code gapSeconds} of near-silence between: each song builds to a
     * chorus peak and falls back; later songs in a set peak higher.
     */
    private static double song(double t, double base, double peak, double songSeconds, double gapSeconds) {
        double period = songSeconds + gapSeconds;
        double inSong = t % period;
        if (inSong >= songSeconds) {
            return 0.12;
        }
        int songNumber = (int) (t / period);
        double setBuild = Math.min(1.0, 0.75 + 0.05 * songNumber);
        double shape = Math.sin(Math.PI * inSong / songSeconds); // rises to the chorus, falls to the end
        double beat = 0.04 * Math.sin(2 * Math.PI * inSong / 2.0);
        return clamp(base + (peak - base) * setBuild * shape * shape + beat);
    }

    private static double inCycle(double seconds) {
        double c = CYCLE.toSeconds();
        return ((seconds % c) + c) % c;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
