package dev.rackd.app.wireless.coord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.config.CoordinationSettings.Profile;
import dev.rackd.config.CoordinationSettings.TvPlan;
import dev.rackd.config.KhzRange;
import dev.rackd.config.WirelessReceiver.ChannelUse;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinatorTest {
    private static final CompatibilityProfile G4 = Equipment.SENNHEISER_EW_G4.profile(Profile.STANDARD);
    private static final CompatibilityProfile DIGITAL = Equipment.DIGITAL.profile(Profile.STANDARD);

    static List<WirelessSystem> systems(int n, long fromKhz, long toKhz, CarrierClass cls) {
        List<WirelessSystem> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(WirelessSystem.of("ch" + i, fromKhz, toKhz, 25, cls));
        }
        return out;
    }

    private static Coordination run(CoordinationRequest r) {
        Coordination c = new Coordinator().coordinate(r);
        assertThat(Checks.violations(r, c)).as("independent check").isEmpty();
        return c;
    }

    @Test
    void sennheiserG4StandardFitsTwentyFourIn470To558() {
        var r = CoordinationRequest.builder(systems(26, 470_000, 558_000, CarrierClass.mic(G4))).build();
        Coordination c = run(r);
        assertThat(c.assignments()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(c.greedyPlaced()).isLessThan(c.assignments().size());
    }

    @Test
    void digitalFitsSeventeenInOneSixMegahertzTvChannel() {
        var r = CoordinationRequest.builder(systems(18, 470_000, 475_975, CarrierClass.mic(DIGITAL))).build();
        Coordination c = run(r);
        assertThat(c.assignments()).hasSize(17);
        assertThat(c.assignments()).allMatch(a -> a.tvChannel() == 14);
    }

    @Test
    void digitalFitsTwentyTwoInOneEightMegahertzTvChannel() {
        var r = CoordinationRequest.builder(systems(22, 470_000, 477_975, CarrierClass.mic(DIGITAL)))
                .tvPlan(TvPlan.EU).build();
        Coordination c = run(r);
        assertThat(c.assignments()).hasSize(22).allMatch(a -> a.tvChannel() == 21);
        assertThat(c.complete()).isTrue();
    }

    @Test
    void whenFewerFitItReturnsWhatFitsAndSaysSo() {
        var r = CoordinationRequest.builder(systems(10, 470_000, 472_000, CarrierClass.mic(G4))).build();
        Coordination c = run(r);
        assertThat(c.assignments()).hasSizeBetween(2, 9);
        assertThat(c.unplaced()).hasSize(10 - c.assignments().size());
        assertThat(c.notes()).anyMatch(n -> n.contains("only " + c.assignments().size() + " of 10 systems fit"));
    }

    @Test
    void lockedFrequenciesStayEvenWhenTheyConflict() {
        List<WirelessSystem> s = new ArrayList<>(systems(6, 470_000, 500_000, CarrierClass.mic(G4)));
        s.set(0, s.get(0).lockedAt(480_000));
        s.set(1, s.get(1).lockedAt(480_200));
        var r = CoordinationRequest.builder(s).build();
        Coordination c = run(r);
        assertThat(c.assignments()).filteredOn(Assignment::locked).extracting(Assignment::frequencyKhz)
                .containsExactly(480_000L, 480_200L);
        assertThat(c.notes()).anyMatch(n -> n.startsWith("locked frequencies conflict: ch1 at 480000 kHz is 200 kHz"));
    }

    @Test
    void excludedTvChannelsRangesAndOccupiedScanPointsAreNotUsed() {
        List<ScanPoint> scan = new ArrayList<>();
        for (long f = 470_000; f <= 500_000; f += 100) {
            scan.add(new ScanPoint(f, f >= 490_000 && f <= 491_000 ? -60 : -100));
        }
        var r = CoordinationRequest.builder(systems(12, 470_000, 500_000, CarrierClass.mic(G4)))
                .excludeTv(List.of(15)).exclude(List.of(new KhzRange(470_000, 475_000)))
                .scan(scan, -85, 100).build();
        Coordination c = run(r);
        assertThat(c.assignments()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.tvChannel()).isNotEqualTo(15);
            assertThat(a.frequencyKhz()).isGreaterThan(475_000);
            assertThat(a.frequencyKhz() >= 489_900 && a.frequencyKhz() <= 491_100).as("%d in the hot scan", a.frequencyKhz())
                    .isFalse();
        });
    }

    @Test
    void backupsSitInAnotherTvChannelThanTheirMainAndAreCompatibleWithEverything() {
        var r = CoordinationRequest.builder(systems(8, 470_000, 500_000, CarrierClass.mic(G4))).backups(4).build();
        Coordination c = run(r);
        assertThat(c.backups()).hasSize(4);
        for (Backup b : c.backups()) {
            Assignment main = c.assignments().stream().filter(a -> a.systemId().equals(b.forSystemId())).findFirst()
                    .orElseThrow();
            assertThat(b.tvChannel()).isNotEqualTo(main.tvChannel());
            assertThat(b.frequencyKhz()).isBetween(470_000L, 500_000L);
        }
    }

    @Test
    void microphonesAndInEarsKeepTheirSeparation() {
        List<WirelessSystem> s = new ArrayList<>(systems(6, 470_000, 510_000, CarrierClass.mic(G4)));
        for (int i = 1; i <= 6; i++) {
            s.add(WirelessSystem.of("iem" + i, 470_000, 510_000, 25, new CarrierClass(G4, ChannelUse.IEM)));
        }
        var r = CoordinationRequest.builder(s).build();
        Coordination c = run(r);
        assertThat(c.assignments()).hasSize(12);
        List<Long> mics = c.assignments().stream().filter(a -> a.systemId().startsWith("ch"))
                .map(Assignment::frequencyKhz).toList();
        c.assignments().stream().filter(a -> a.systemId().startsWith("iem")).forEach(iem -> mics
                .forEach(m -> assertThat(Math.abs(m - iem.frequencyKhz())).isGreaterThanOrEqualTo(4_000)));
    }

    @Test
    void sameRequestSameAnswerAndProgressIsReported() {
        var r = CoordinationRequest.builder(systems(24, 470_000, 558_000, CarrierClass.mic(G4))).backups(2).build();
        List<ProgressListener.Progress> seen = new ArrayList<>();
        Coordination first = new Coordinator().coordinate(r, seen::add);
        assertThat(new Coordinator().coordinate(r)).isEqualTo(first);
        assertThat(seen).extracting(ProgressListener.Progress::phase).contains("greedy", "backtracking", "backups");
        assertThat(seen.get(seen.size() - 1).placed()).isEqualTo(first.assignments().size());
    }
}
