package dev.rackd.dsp.howl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PhaseTest {

    @Test
    void agreesWithTheLibraryAtan2EverywhereToWithinTwoHundredthsOfAMicroradian() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double scale = Math.pow(10, random.nextInt(12) - 6);
            double y = random.nextGaussian() * scale;
            double x = random.nextGaussian() * scale;
            assertThat(Phase.atan2(y, x)).as("atan2(%s, %s)", y, x).isCloseTo(Math.atan2(y, x), within(3e-8));
        }
    }

    @Test
    void axesAndDiagonalsComeOutExact() {
        assertThat(Phase.atan2(0, 1)).isEqualTo(0.0);
        assertThat(Phase.atan2(1, 0)).isCloseTo(Math.PI / 2, within(1e-15));
        assertThat(Phase.atan2(0, -1)).isCloseTo(Math.PI, within(1e-15));
        assertThat(Phase.atan2(-1, 0)).isCloseTo(-Math.PI / 2, within(1e-15));
        assertThat(Phase.atan2(1, 1)).isCloseTo(Math.PI / 4, within(3e-8));
        assertThat(Phase.atan2(0, 0)).isEqualTo(0.0);
    }
}
