package dev.rackd.app.wireless.coord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.config.CoordinationSettings.Profile;
import dev.rackd.config.CoordinationSettings.TvPlan;
import dev.rackd.config.TvChannels;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoordinationInputsTest {

    @Test
    void tvChannelsFollowTheUsAndEuPlans() {
        assertThat(TvChannels.channelOf(TvPlan.US, 470_000)).isEqualTo(14);
        assertThat(TvChannels.channelOf(TvPlan.US, 475_999)).isEqualTo(14);
        assertThat(TvChannels.channelOf(TvPlan.US, 476_000)).isEqualTo(15);
        assertThat(TvChannels.channelOf(TvPlan.US, 608_500)).isEqualTo(37);
        assertThat(TvChannels.channelOf(TvPlan.EU, 477_999)).isEqualTo(21);
        assertThat(TvChannels.channelOf(TvPlan.EU, 478_000)).isEqualTo(22);
        assertThat(TvChannels.channelOf(TvPlan.EU, 469_999)).isZero();
        assertThat(TvChannels.span(TvPlan.US, 37).fromKhz()).isEqualTo(608_000);
        assertThat(TvChannels.span(TvPlan.EU, 69).toKhz()).isEqualTo(861_999);
        assertThatThrownBy(() -> TvChannels.span(TvPlan.EU, 14)).hasMessageContaining("21 to 69");
    }

    @Test
    void theUsPlanHasNoTvChannelAbove37AndClosesWhatTheFccTookFromMicrophones() {
        assertThat(TvChannels.channelOf(TvPlan.US, 613_999)).isEqualTo(37);
        assertThat(TvChannels.channelOf(TvPlan.US, 614_000)).as("the guard band is no TV channel").isZero();
        assertThat(TvChannels.channelOf(TvPlan.US, 655_000)).as("nor is the duplex gap").isZero();
        assertThat(TvChannels.channelOf(TvPlan.EU, 655_000)).isEqualTo(44);
        assertThatThrownBy(() -> TvChannels.span(TvPlan.US, 38)).hasMessageContaining("14 to 37");
        for (long open : new long[] {607_999, 614_000, 615_999, 653_000, 662_999, 806_000}) {
            assertThat(TvChannels.closedAt(TvPlan.US, open)).as("%d kHz", open).isEmpty();
        }
        for (long closed : new long[] {608_000, 613_999, 616_000, 652_999, 663_000, 697_999, 698_000, 805_999}) {
            assertThat(TvChannels.closedAt(TvPlan.US, closed)).as("%d kHz", closed).isPresent();
        }
        assertThat(TvChannels.closedAt(TvPlan.US, 610_000).orElseThrow().why())
                .isEqualTo("608-614 MHz is TV channel 37, kept for radio astronomy in the US plan");
        assertThat(TvChannels.closed(TvPlan.EU)).isEmpty();
    }

    @Test
    void equipmentProfilesCarryThePublishedLevels() {
        assertThat(Equipment.SENNHEISER_EW_G4.profile(Profile.STANDARD).spacingText())
                .isEqualTo("cc=400,im3=200,im5=0,im7=0,im3x3=150");
        assertThat(Equipment.SENNHEISER_EW_G4.profile(Profile.ROBUST).spacingText())
                .isEqualTo("cc=600,im3=200,im5=150,im7=0,im3x3=150");
        assertThat(Equipment.SENNHEISER_EW_G4.profile(Profile.MORE).spacingText())
                .isEqualTo("cc=350,im3=175,im5=0,im7=0,im3x3=0");
        assertThat(Equipment.MIPRO_ACT8.profile(Profile.MORE).spacingText())
                .isEqualTo("cc=450,im3=200,im5=150,im7=0,im3x3=100");
        assertThat(Equipment.DIGITAL.profile(Profile.STANDARD).spacingText())
                .isEqualTo("cc=350,im3=25,im5=0,im7=0,im3x3=0");
        assertThatThrownBy(() -> new CompatibilityProfile("x", 0, 0, 0, 0, 0)).hasMessageContaining("carrier spacing");
        assertThatThrownBy(() -> Equipment.fromWireName("shure")).hasMessageContaining("sennheiser-ew-g4");
    }

    @Test
    void scanOccupancyLooksAroundTheCandidate() {
        ScanOccupancy s = new ScanOccupancy(List.of(new ScanPoint(500_000, -100), new ScanPoint(500_100, -80),
                new ScanPoint(500_200, -100), new ScanPoint(501_000, -100), new ScanPoint(502_000, -70)), -85, 100);
        assertThat(s.occupied(500_000)).isTrue();
        assertThat(s.occupied(500_250)).isFalse();
        assertThat(s.occupied(501_000)).isFalse();
        // coarse scan: no point within 100 kHz, the hot neighbour above decides
        assertThat(s.occupied(501_500)).isTrue();
        assertThat(s.occupied(400_000)).isFalse();
    }

    @Test
    void tabledRulersAreGolombRulers() {
        for (int n = GolombRulers.MIN_MARKS; n <= GolombRulers.MAX_MARKS; n++) {
            int[] r = GolombRulers.withMarks(n);
            Set<Integer> differences = new HashSet<>();
            for (int i = 0; i < r.length; i++) {
                for (int j = i + 1; j < r.length; j++) {
                    assertThat(differences.add(r[j] - r[i])).as("ruler %d repeats %d", n, r[j] - r[i]).isTrue();
                }
            }
            assertThat(r).hasSize(n).startsWith(0).isSorted();
        }
    }

    @Test
    void badRequestsAreRefusedInPlainWords() {
        CarrierClass g4 = CarrierClass.mic(Equipment.SENNHEISER_EW_G4.profile(Profile.STANDARD));
        WirelessSystem a = WirelessSystem.of("a", 470_000, 480_000, 25, g4);
        assertThatThrownBy(() -> CoordinationRequest.builder(List.of(a, a)).build())
                .hasMessageContaining("two systems are called 'a'");
        assertThatThrownBy(() -> CoordinationRequest.builder(List.of(a)).excludeTv(List.of(3)).build())
                .hasMessageContaining("not a UHF channel");
        assertThatThrownBy(() -> WirelessSystem.of("b", 480_000, 470_000, 25, g4)).hasMessageContaining("b: tuning");
        CoordinationRequest wide = CoordinationRequest.builder(List.of(WirelessSystem.of("w", 1, 9_000_000, 1, g4))).build();
        assertThatThrownBy(() -> new Coordinator().coordinate(wide)).hasMessageContaining("coordinate smaller groups");
    }
}
