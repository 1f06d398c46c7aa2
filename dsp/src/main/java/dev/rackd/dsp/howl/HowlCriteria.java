package dev.rackd.dsp.howl;

/**
 * The decision, for a tracked peak in the frame just analysed, whether it is a howl. Combining criteria is what keeps
 * sung and played notes apart from feedback (van Waterschoot and Moonen, "Comparative evaluation of howling
 * detection criteria in notch-filter-based howling suppression", JAES 2010). A peak is a howl when
 * <ul>
 *   <li>it was there in {@link #PERSIST_MIN} of the last {@link #PERSIST_FRAMES} frames (IPMP), at a frequency that
 *   moved less than {@link #STABLE_BINS} of a bin or {@link #STABLE_SHARE} of itself, whichever is more (vibrato
 *   moves it by a few per cent; a howl wobbles a little when two close peaks of the loop ring); and</li>
 *   <li>either it climbs steadily (at least {@link #GROWTH_DB_PER_SECOND}, with a slope deviation, IMSD, under
 *   {@link #IMSD_MAX_DB}) and has no partner at a harmonic ratio within {@link #PHPR_DB} (PHPR: a note has partials,
 *   feedback is a sine);</li>
 *   <li>or it climbs steadily (at least {@link #ESCAPE_GROWTH_DB_PER_SECOND}) although something sits at a harmonic
 *   ratio, and that something is not a partial it is locked to (at the exact ratio, in most recent frames:
 *   {@link HarmonicPartners}), and it has grown out of nothing ({@link #RISE_DB}) for {@link #GROWTH_SPANS} spans
 *   without slowing down: a swelling note takes its own partials along, two instruments drifting into unison swell
 *   ever more slowly, a howl over music does neither. A locked peak that holds {@link #DOMINANT_SHARE} of the frame's
 *   power may still be a howl (a second mode of a loop dominated by direct sound sits at a harmonic ratio to the
 *   first), but must grow for one span more than a syllable's strongest harmonic swells;</li>
 *   <li>or it holds for {@link #SUSTAIN_SECONDS} after its first {@link #ATTACK_FRAMES} frames (neither falling nor
 *   rising faster than {@link #HOLD_RISE_DB_PER_SECOND}, no jump over {@link #HOLD_STEP_DB} from frame to frame), and
 *   either has no partner within {@link #SUSTAINED_PHPR_DB} (a howl already at the limiter) or, from
 *   {@link #LOCK_HOLD_MIN_HZ} up, was locked to a partial (a neighbour, an octave, a twelfth, a fundamental, or an
 *   evenly spaced series with the partials either side) in no more than {@link #SUSTAINED_LOCKED_SHARE} of those
 *   frames: in speech and busy music something sits near every harmonic ratio, but only a note's partials sit exactly
 *   there, frame after frame. Struck and plucked notes decay or jump when struck again; a howl near its loop's MSG
 *   creeps up or holds. A hold may begin before the track did: a howl creeping up under the programme is a weaker
 *   local maximum for a while before it stands out, and those frames count ({@link #prehistory}), though a lock is
 *   then judged on {@link #LOCK_LOOKS_MIN} frames of the track's own at least;</li>
 *   <li>or it has climbed at {@link #GROWTH_DB_PER_SECOND} or more through each of the last {@link #CLIMB_SPANS}
 *   spans, whatever sits at its harmonic ratios: under loud held chords, partials stronger than a quiet howl are many,
 *   and one of them often sits at one of some twenty ratios to it by chance, which would hold up every other way for
 *   good, while a note's partial swells with its note or beats with another for a fraction of that time;</li>
 *   <li>or it is a beating pair held as long (two modes of the loop within a bin of each other: the level swings by
 *   {@link #TWIN_SWING_DB} at least {@link #TWIN_SWINGS} times, the frequency wanders within
 *   {@link #TWIN_SPREAD_BINS} bins about a steady centre), with the hold's partner test, except that an unlocked pair
 *   needs a PHPR of {@link #TWIN_PHPR_DB} as well.</li>
 * </ul>
 */
final class HowlCriteria {
    static final int PERSIST_FRAMES = 8;
    static final int PERSIST_MIN = 7;
    static final double STABLE_BINS = 0.15;
    static final double STABLE_SHARE = 0.005;
    static final double GROWTH_DB_PER_SECOND = 6.0;
    /** The growth the second way needs: a syllable's swell on a strong harmonic can pass for 6 dB/s. */
    static final double ESCAPE_GROWTH_DB_PER_SECOND = 12.0;
    /**
     * Frames of a track's start that a hold is not judged on: the analysis window spans four hops, so a note's onset
     * reads as a rise over its first four frames, and a decaying note would seem to hold.
     */
    static final int ATTACK_FRAMES = 4;
    /** A hold creeps: a jump of more than this from one frame to the next is a note struck again, not a howl. */
    static final double HOLD_STEP_DB = 3.0;
    /** A hold creeps up at most this fast (faster is a growth for the first two ways, or a note coming in). */
    static final double HOLD_RISE_DB_PER_SECOND = 45.0;
    /**
     * Below this the frequency estimates of a partial and its partners, a few bins from 0 Hz, are too rough for a
     * lock to be found reliably, and a held bass note would read as unlocked: there a hold needs the PHPR.
     */
    static final double LOCK_HOLD_MIN_HZ = 100.0;
    static final double IMSD_MAX_DB = 0.3;
    static final double PHPR_DB = 15.0;
    /** Rise within {@link #RISE_FRAMES}: a howl grows out of nothing; notes drifting into unison add a few dB. */
    static final double RISE_DB = 6.0;
    static final int RISE_FRAMES = 40;
    /** Frames followed before the second way counts: a peak unmasked as a louder one fades also seems to rise. */
    static final int ESCAPE_MIN_AGE = 16;
    /** Still climbing at this fraction of the pace of the span before: a howl holds or speeds up as gain rises. */
    static final double KEEPS_PACE = 0.8;
    /** Consecutive spans of {@link #PERSIST_FRAMES} the second way needs growth through (170 ms). */
    static final int GROWTH_SPANS = 2;
    /**
     * A growing peak holding this share of the frame's power is a howl even when locked to something: where the
     * loudspeaker's direct sound dominates the loop, howl frequencies are multiples of one over the loop delay, and
     * a second ringing mode looks like a partial.
     */
    static final double DOMINANT_SHARE = 0.5;
    static final double SUSTAIN_SECONDS = 0.2;
    /**
     * Spans of {@link #PERSIST_FRAMES} (0.68 s in all, the tracks' whole history) a peak climbing on must have grown
     * through, whatever sits at its harmonic ratios. Two partials beating swell for a fraction of that; six spans let
     * them through on clean music (up to 5 false notches in 30 s).
     */
    static final int CLIMB_SPANS = 8;
    /** How far a beating pair's frequency estimate wanders over a hold, at most, in bins. */
    static final double TWIN_SPREAD_BINS = 2.0;
    /** How far the mean frequency of the hold's later half may lie from its earlier half's, in bins. */
    static final double TWIN_DRIFT_BINS = 0.25;
    /** A beating pair's level moves by more than this from one frame to the next ... */
    static final double TWIN_SWING_DB = 2.0;
    /** ... at least this many times over a hold; a note's when it is struck again. */
    static final int TWIN_SWINGS = 4;
    /**
     * Unlocked, a beating pair must stand this far above whatever sits at its harmonic ratios: two instruments'
     * partials beating in a chord have a louder partial of their own notes there.
     */
    static final double TWIN_PHPR_DB = 6.0;
    static final double SUSTAINED_PHPR_DB = 18.0;
    /**
     * A held peak that sat at an exact harmonic ratio to a partial in no more than this share of its frames is not a
     * note, whatever else is near its ratios: speech and busy music put energy next to every ratio, but a howl's
     * frequency is the room's, unrelated to the pitch of the programme.
     */
    static final double SUSTAINED_LOCKED_SHARE = 0.1;
    /**
     * That share is judged on at least this many frames in which the lock was looked for: a prehistory has none, and
     * a note's partial that has just stood out must show over a span that it is not locked.
     */
    static final int LOCK_LOOKS_MIN = PERSIST_FRAMES;

    private final SpectrumFrame frame;
    private final PeakTracks tracks;
    private final HarmonicPartners partners;
    private final int sustainFrames;
    private final double growthDbPerFrame;
    private final double escapeGrowthDbPerFrame;
    private final double holdRiseDbPerFrame;

    HowlCriteria(SpectrumFrame frame, PeakTracks tracks, RecentHowls recent, double sampleRateHz) {
        this.frame = frame;
        this.tracks = tracks;
        partners = new HarmonicPartners(frame, recent);
        double frameSeconds = frame.hop / sampleRateHz;
        sustainFrames = sustainFrames(frameSeconds);
        growthDbPerFrame = GROWTH_DB_PER_SECOND * frameSeconds;
        escapeGrowthDbPerFrame = ESCAPE_GROWTH_DB_PER_SECOND * frameSeconds;
        holdRiseDbPerFrame = HOLD_RISE_DB_PER_SECOND * frameSeconds;
    }

    private static int sustainFrames(double frameSeconds) {
        return (int) Math.ceil(SUSTAIN_SECONDS / frameSeconds);
    }

    /** Frames a track must span before a hold is judged: the attack and the hold. */
    static int framesBeforeAHold(double sampleRateHz, int hop) {
        return sustainFrames(hop / sampleRateHz) + ATTACK_FRAMES;
    }

    /** Whether track {@code t}, seen at bin {@code k} of frame {@code now}, is a howl. */
    boolean isHowl(int t, long now, int k) {
        if (tracks.presence(t, now, PERSIST_FRAMES) < PERSIST_MIN
                || tracks.frequencySpreadHz(t, now, PERSIST_FRAMES) > stableHz(t)) {
            return false;
        }
        // the lock is looked for in every frame (later frames count them); the PHPR only where a way needs it
        tracks.recordLock(t, now, partners.lock(k, tracks.frequencyHz(t), PHPR_DB, now));
        double slope = tracks.slopeDbPerFrame(t, now, PERSIST_FRAMES);
        if (slope >= growthDbPerFrame && climbsOn(t, now)) {
            return true;
        }
        if (tracks.imsd(t, now, PERSIST_FRAMES - 1) <= IMSD_MAX_DB && slope >= growthDbPerFrame) {
            if (partners.phprDb(k, now) >= PHPR_DB) {
                return true;
            }
            if (slope < escapeGrowthDbPerFrame) {
                return false;
            }
            boolean locked = tracks.lockedShare(t, now, 2 * PERSIST_FRAMES, HarmonicPartners.LOCKED) >= 0.5;
            if (locked && frame.holdsLessThan(k, DOMINANT_SHARE)) {
                return false;
            }
            // a dominant locked peak may be a syllable's strongest harmonic swelling: it must grow for longer
            int spans = locked ? GROWTH_SPANS + 1 : GROWTH_SPANS;
            return tracks.age(t, now) >= ESCAPE_MIN_AGE && tracks.riseDb(t, now, RISE_FRAMES) >= RISE_DB
                    && keepsGrowing(t, now, slope, spans);
        }
        if (tracks.age(t, now) < sustainFrames + ATTACK_FRAMES && tracks.takePrehistory(t)) {
            prehistory(t, now, k);
        }
        if (!followedThroughAHold(t, now)) {
            return false;
        }
        // the slope, the dearest, last
        boolean sustained = tracks.frequencySpreadHz(t, now, sustainFrames) <= stableHz(t)
                && tracks.largestStepDb(t, now, sustainFrames) <= HOLD_STEP_DB
                && holds(tracks.slopeDbPerFrame(t, now, sustainFrames));
        if (sustained) {
            return partners.phprDb(k, now) >= SUSTAINED_PHPR_DB || rarelyLocked(t, now);
        }
        if (!beatingPair(t, now)) {
            return false;
        }
        double phpr = partners.phprDb(k, now);
        return phpr >= SUSTAINED_PHPR_DB || phpr >= TWIN_PHPR_DB && rarelyLocked(t, now);
    }

    /**
     * Extends a track too young for a hold backwards, frame by frame, with the level of the local maximum its bin held
     * before the peak stood out enough to be followed, as far as there was one every frame (at most an attack and a
     * hold's length). A howl creeps up out of the reverberant return of the programme: until it stands
     * {@link HowlDetector#PNPR_DB} over the bins beside it, it is no candidate, and the track begins about when the
     * howl is heard; its prehistory tells how it held before. A note coming in, or a partial moving there, jumps
     * from what its bin held before, and the hold's step test turns it away.
     */
    private void prehistory(int t, long now, int k) {
        while (tracks.age(t, now) < sustainFrames + ATTACK_FRAMES) {
            double levelDb = frame.pastPeakLevelDb((int) tracks.age(t, now), k, HowlDetector.MIN_LEVEL_DBFS);
            if (Double.isNaN(levelDb)) {
                return;
            }
            tracks.prepend(t, levelDb);
        }
    }

    /**
     * Climbing at {@link #GROWTH_DB_PER_SECOND} or more through each of the last {@link #CLIMB_SPANS} spans, present
     * in all but two of their frames, at a steady frequency, with no jump over {@link #HOLD_STEP_DB}. The caller has
     * checked the latest span (a held note, most of what gets that far, fails it).
     */
    private boolean climbsOn(int t, long now) {
        int frames = CLIMB_SPANS * PERSIST_FRAMES;
        if (tracks.age(t, now) < frames) {
            return false;
        }
        for (int span = 1; span < CLIMB_SPANS; span++) {
            if (tracks.slopeDbPerFrame(t, now - (long) span * PERSIST_FRAMES, PERSIST_FRAMES) < growthDbPerFrame) {
                return false;
            }
        }
        return tracks.presence(t, now, frames) >= frames - 2 && tracks.frequencySpreadHz(t, now, frames) <= stableHz(t)
                && tracks.largestStepDb(t, now, frames) <= HOLD_STEP_DB;
    }

    /** Past its attack by a whole hold, and present in all but two frames of it: what both hold ways ask first. */
    private boolean followedThroughAHold(int t, long now) {
        return tracks.age(t, now) >= sustainFrames + ATTACK_FRAMES
                && tracks.presence(t, now, sustainFrames) >= sustainFrames - 2;
    }

    /**
     * From {@link #LOCK_HOLD_MIN_HZ} up, looked at in {@link #LOCK_LOOKS_MIN} frames of a hold at least and locked to a
     * partial in at most {@link #SUSTAINED_LOCKED_SHARE} of them.
     */
    private boolean rarelyLocked(int t, long now) {
        return tracks.frequencyHz(t) >= LOCK_HOLD_MIN_HZ && tracks.looked(t, now, sustainFrames) >= LOCK_LOOKS_MIN
                && tracks.lockedShare(t, now, sustainFrames, HarmonicPartners.LOCKED_LOW) <= SUSTAINED_LOCKED_SHARE;
    }

    /**
     * Two modes of the loop closer than a bin, ringing together: their sum beats, so the peak's level swings every few
     * frames and its frequency estimate moves within a bin or two, which neither a hold (steady) nor a growth (even)
     * allows; yet over the hold the level neither falls nor climbs faster than a hold may and the frequency keeps its
     * centre. Left alone, such a pair runs away. Like every way it is asked only in frames whose last eight estimates
     * agree (the first test of {@link #isHowl}), which a pair meets between its wider swings; asked in every frame it
     * measured worse on the acoustic bench (a longer onset tail under speech, more false notches on music). The caller
     * has checked {@link #followedThroughAHold}.
     */
    private boolean beatingPair(int t, long now) {
        if (tracks.frequencySpreadHz(t, now, sustainFrames) > TWIN_SPREAD_BINS * frame.binHz
                || tracks.swings(t, now, sustainFrames, TWIN_SWING_DB) < TWIN_SWINGS
                || !holds(tracks.slopeDbPerFrame(t, now, sustainFrames))) {
            return false;
        }
        int half = sustainFrames / 2;
        double drift = tracks.meanFrequencyHz(t, now, half) - tracks.meanFrequencyHz(t, now - half, half);
        return Math.abs(drift) <= TWIN_DRIFT_BINS * frame.binHz;
    }

    /** Neither falling nor rising faster than a hold may. */
    private boolean holds(double slopeDbPerFrame) {
        return slopeDbPerFrame >= -growthDbPerFrame / 8 && slopeDbPerFrame <= holdRiseDbPerFrame;
    }

    private double stableHz(int t) {
        return Math.max(STABLE_BINS * frame.binHz, STABLE_SHARE * tracks.frequencyHz(t));
    }

    /** Grown through each of the {@link #GROWTH_SPANS} spans up to this one, and not slowing down. */
    private boolean keepsGrowing(int t, long now, double slope, int spans) {
        if (slope < KEEPS_PACE * tracks.slopeDbPerFrame(t, now - PERSIST_FRAMES, PERSIST_FRAMES)) {
            return false;
        }
        for (int span = 1; span < spans; span++) {
            if (tracks.slopeDbPerFrame(t, now - (long) span * PERSIST_FRAMES, PERSIST_FRAMES) < growthDbPerFrame) {
                return false;
            }
        }
        return true;
    }
}
