package dev.rackd.dsp.howl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentHowlsTest {
    private static final double FRAME_SECONDS = 512 / 48000.0;
    private static final long SECOND = Math.round(1 / FRAME_SECONDS);

    @Test
    void aHowlIsRememberedNearItsFrequencyForASecondAfterItsLastReport() {
        RecentHowls recent = new RecentHowls(23.4, FRAME_SECONDS);
        recent.reported(1244, 100);
        assertThat(recent.near(1250, 100 + SECOND)).isTrue();
        assertThat(recent.near(1270, 100)).as("more than a bin away").isFalse();
        assertThat(recent.near(1244, 101 + SECOND)).as("a second after its last report").isFalse();
        recent.reported(1240, 150);
        assertThat(recent.near(1244, 150 + SECOND)).as("a report near it refreshes it").isTrue();
    }

    @Test
    void whenEverySlotIsTakenTheHowlReportedLongestAgoMakesRoom() {
        RecentHowls recent = new RecentHowls(10, FRAME_SECONDS);
        for (int i = 0; i < 32; i++) {
            recent.reported(1000 + 100 * i, i);
        }
        recent.reported(9000, 40);
        assertThat(recent.near(1000, 40)).as("the oldest").isFalse();
        assertThat(recent.near(1100, 40)).isTrue();
        assertThat(recent.near(9000, 40)).isTrue();
    }

    @Test
    void clearForgetsEveryHowl() {
        RecentHowls recent = new RecentHowls(23.4, FRAME_SECONDS);
        recent.reported(500, 10);
        recent.clear();
        assertThat(recent.near(500, 10)).isFalse();
    }
}
