package dev.rackd.rig.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ShowLoadTest {
    private static double peak(ShowLoad.Part part) {
        return IntStream.range(0, (int) ShowLoad.CYCLE.toSeconds()).filter(t -> ShowLoad.partAt(t) == part)
                .mapToDouble(ShowLoad::at).max().orElseThrow();
    }

    @Test
    void theShowPeaksAboveRehearsalAboveDoorsAboveChangeover() {
        assertThat(peak(ShowLoad.Part.SHOW)).isGreaterThan(0.85);
        assertThat(peak(ShowLoad.Part.SHOW)).isGreaterThan(peak(ShowLoad.Part.REHEARSAL));
        assertThat(peak(ShowLoad.Part.REHEARSAL)).isGreaterThan(peak(ShowLoad.Part.DOORS));
        assertThat(peak(ShowLoad.Part.DOORS)).isGreaterThan(peak(ShowLoad.Part.CHANGEOVER));
    }

    @Test
    void everyPartComesRoundInOrderAndTheDayRepeats() {
        assertThat(IntStream.range(0, (int) ShowLoad.CYCLE.toSeconds()).mapToObj(ShowLoad::partAt).distinct())
                .containsExactly(ShowLoad.Part.REHEARSAL, ShowLoad.Part.CHANGEOVER, ShowLoad.Part.DOORS,
                        ShowLoad.Part.SHOW);
        assertThat(ShowLoad.at(100)).isEqualTo(ShowLoad.at(100 + ShowLoad.CYCLE.toSeconds()));
    }

    @Property(tries = 500)
    void loadStaysBetweenIdleAndFull(@ForAll @DoubleRange(min = 0, max = 1e6) double seconds) {
        assertThat(ShowLoad.at(seconds)).isBetween(0.0, 1.0);
    }
}
