package dev.rackd.rig.acoustic;

import java.util.List;
import java.util.Locale;

/** The figures of one room and programme. */
record BenchResult(String room, Programme programme, double msg0Db, LoopTrace trace, double sdDb, double sdBinsDb,
        double baselineSdDb, double baselineSdBinsDb, List<Double> onsetToNotchMs, List<Double> ownOnsetMs, List<Double> ownOnsetInControlMs) {

    /**
     * The added stable gain: the highest gain above the unprocessed MSG at which the suppressor was in control (the
     * loop stable, or unstable with nothing heard yet).
     */
    double addedStableGainDb() {
        return trace.stableGainDb();
    }

    int notchesPlaced() {
        return (int) trace.notches().stream().filter(m -> m.type().equals("notch_placed")).count();
    }

    double onsetPercentileMs(double share) {
        return AcousticBench.percentile(onsetToNotchMs.stream().sorted().toList(), share);
    }

    String row() {
        String end = Double.isNaN(trace.failedAtSeconds()) ? "ramp end (+15 dB)"
                : String.format(Locale.ROOT, "failed at %.1f s", trace.failedAtSeconds());
        return String.format(Locale.ROOT,
                "| %s | %s | %.1f | **%.1f** | %.1f | %.1f | **%.1f** | %.1f | %.1f | %.2f | %d "
                        + "| %.0f / %.0f / %.0f | %s |",
                room, programme.label(), msg0Db, addedStableGainDb(), trace.strictStableGainDb(), trace.deltaMsgDb(),
                sdDb, sdBinsDb, baselineSdDb, trace.notchSdDb(), notchesPlaced(), onsetPercentileMs(0.5),
                onsetPercentileMs(0.9), onsetPercentileMs(1.0), end);
    }

    static String header() {
        return "| room | programme | MSG0 dB | ΔMSG (added stable gain, in control) dB | last Nyquist-stable gain dB "
                + "| MSG gain of final bank dB | SD (auditory) dB | SD bin by bin dB "
                + "| SD unprocessed at -3 dB (auditory) "
                + "| notch-only SD dB | notches | onset→notch ms median / p90 / max | run ended |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|";
    }
}
