package dev.rackd.app.audio;

import dev.rackd.dsp.FixedNotch;
import dev.rackd.dsp.filter.NotchDesign;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The saved ring-out notches held against the show they are restored into. Every check of a notch is made here, in
 * one place, so that what goes into the bank is exactly what the bank keeps (and what the start-up line counts), and
 * every other notch is named with why.
 *
 * @param placed  one list per channel of the show, for {@link ChainBank#loadFixedNotches}
 * @param leftOut saved notches not in place; unknown (0) when the whole file was lost
 * @param warning what the crew is told when any saved notch is not in place; empty when none is lost
 */
record FixedNotchRestore(List<List<FixedNotch>> placed, int leftOut, Optional<String> warning) {
    private static final String WARNING = "Ring-out notches could not be restored";
    private static final String WHAT_TO_DO = "; ring out again";

    /** Nothing restored: the whole set was lost ({@code why}). */
    static FixedNotchRestore lost(int channels, String why) {
        return new FixedNotchRestore(List.copyOf(Collections.nCopies(channels, List.of())), 0,
                Optional.of(WARNING + " (" + why + ")" + WHAT_TO_DO));
    }

    static FixedNotchRestore check(List<FixedNotchStore.Saved> saved, int channels, double sampleRateHz,
            int maxNotches) {
        List<List<FixedNotch>> placed = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            placed.add(new ArrayList<>());
        }
        List<String> leftOut = new ArrayList<>();
        for (FixedNotchStore.Saved s : saved) {
            String name = "channel " + s.channel() + " at " + hz(s.hz()) + " Hz";
            FixedNotch notch;
            try {
                notch = new FixedNotch(s.hz(), s.depthDb(), s.widthOct());
            } catch (IllegalArgumentException e) {
                leftOut.add(name + ": " + e.getMessage());
                continue;
            }
            String why = whyNot(notch, s.channel(), channels, sampleRateHz, maxNotches, placed);
            if (why == null) {
                placed.get(s.channel() - 1).add(notch);
            } else {
                leftOut.add(name + ": " + why);
            }
        }
        Optional<String> warning = leftOut.isEmpty() ? Optional.empty()
                : Optional.of(WARNING + ", " + (saved.size() - leftOut.size()) + " of " + saved.size() + " in place ("
                        + String.join("; ", leftOut) + ")" + WHAT_TO_DO);
        return new FixedNotchRestore(placed.stream().map(List::copyOf).toList(), leftOut.size(), warning);
    }

    /** Why the bank would not keep {@code notch}: the same limits as the chain's own when it loads the set. */
    private static String whyNot(FixedNotch notch, int channel, int channels, double sampleRateHz, int maxNotches,
            List<List<FixedNotch>> placed) {
        if (channel > channels) {
            return "the show has " + channels + (channels == 1 ? " channel" : " channels");
        }
        double maxHz = NotchDesign.maxFrequencyHz(sampleRateHz);
        if (notch.frequencyHz() >= maxHz) {
            return "a notch must sit below " + hz(maxHz) + " Hz at " + hz(sampleRateHz) + " Hz";
        }
        if (placed.get(channel - 1).size() >= maxNotches) {
            return "a channel holds " + maxNotches + " notches (audio.max_notches)";
        }
        return null;
    }

    int count() {
        return placed.stream().mapToInt(List::size).sum();
    }

    private static String hz(double hz) {
        return Double.isFinite(hz) && hz == Math.rint(hz) && Math.abs(hz) < 1e15 ? Long.toString((long) hz)
                : String.format(Locale.ROOT, "%.1f", hz);
    }
}
