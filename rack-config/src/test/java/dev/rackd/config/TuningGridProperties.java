package dev.rackd.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The frequency the show file suggests instead of an unusable one is what a crew member would find by walking the
 * receiver's whole grid: on a step, in the band, outside every exclusion, and none closer (both when two are).
 */
class TuningGridProperties {

    record Case(TuningGrid grid, long khz) {}

    @Property(tries = 2000)
    void theSuggestionIsTheNearestUsableFrequencyOnTheGrid(@ForAll("cases") Case c) {
        TuningGrid g = c.grid();
        List<Long> nearest = new ArrayList<>();
        long best = Long.MAX_VALUE;
        for (long f = g.minKhz(); f <= g.maxKhz(); f += g.stepKhz()) {
            if (g.exclusionOf(f).isPresent()) {
                continue;
            }
            long d = Math.abs(f - c.khz());
            if (d < best) {
                best = d;
                nearest.clear();
            }
            if (d == best) {
                nearest.add(f);
            }
        }
        Optional<String> expected = nearest.isEmpty() ? Optional.empty() : Optional.of(nearest.size() == 1
                ? nearest.get(0) + " kHz" : nearest.get(0) + " or " + nearest.get(1) + " kHz");

        assertThat(g.nearest(c.khz())).as("%s at %d kHz", g, c.khz()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> steps = Arbitraries.of(1, 5, 10, 25, 50, 100);
        return Combinators.combine(Arbitraries.longs().between(470_000, 470_100), steps,
                Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 99))
                .as((min, step, count, rest) -> new long[] {min, step, min + (long) step * count + rest % step})
                .flatMap(b -> Combinators.combine(exclusions(b[0], b[2]).list().ofMaxSize(4),
                        Arbitraries.longs().between(b[0], b[2]))
                        .as((ranges, khz) -> new Case(new TuningGrid(b[0], b[2], (int) b[1], ranges.stream()
                                .map(r -> new TuningGrid.Exclusion(r, "a test range")).toList()), khz)));
    }

    private static Arbitrary<KhzRange> exclusions(long min, long max) {
        return Combinators.combine(Arbitraries.longs().between(min - 500, max + 500),
                Arbitraries.longs().between(0, 3_000)).as((from, width) -> new KhzRange(from, from + width));
    }
}
