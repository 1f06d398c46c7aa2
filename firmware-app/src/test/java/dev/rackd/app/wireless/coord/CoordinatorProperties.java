package dev.rackd.app.wireless.coord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.config.CoordinationSettings.Profile;
import dev.rackd.config.CoordinationSettings.TvPlan;
import dev.rackd.config.KhzRange;
import dev.rackd.config.TvChannels;
import dev.rackd.config.WirelessReceiver.ChannelUse;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CoordinatorProperties {

    @Property(tries = 60)
    void everyResultPassesTheIndependentCheck(@ForAll("requests") CoordinationRequest r) {
        Coordination c = new Coordinator().coordinate(r);
        assertThat(Checks.violations(r, c)).isEmpty();
        assertThat(c.assignments().size() + c.unplaced().size()).isEqualTo(r.systems().size());
    }

    @Property(tries = 15)
    void denseBandsSearchedBeyondGreedyStayClean(@ForAll("denseRequests") CoordinationRequest r) {
        Coordination c = new Coordinator().coordinate(r);
        assertThat(Checks.violations(r, c)).isEmpty();
        assertThat(c.assignments().size()).isGreaterThanOrEqualTo(c.greedyPlaced());
    }

    @Provide
    Arbitrary<CoordinationRequest> denseRequests() {
        return Arbitraries.randomValue(r -> {
            CompatibilityProfile p = Equipment.values()[r.nextInt(2)].profile(Profile.values()[r.nextInt(3)]);
            long from = 470_000 + 1_000L * r.nextInt(10);
            long to = from + 40_000 + 1_000L * r.nextInt(50);
            List<WirelessSystem> systems = new ArrayList<>();
            for (int i = 0; i < 14 + r.nextInt(12); i++) {
                systems.add(WirelessSystem.of("g" + i, from, to, 25, new CarrierClass(p,
                        i % 7 == 6 ? ChannelUse.IEM : ChannelUse.MIC)));
            }
            systems.set(0, systems.get(0).lockedAt(from + 25L * r.nextInt(400)));
            return CoordinationRequest.builder(systems).excludeTv(r.nextBoolean() ? List.of(16) : List.of())
                    .backups(r.nextInt(3)).searchBudget(20_000).build();
        });
    }

    @Property(tries = 40)
    void lockedStayPutAndEveryOtherFrequencyIsAllowed(@ForAll("requests") CoordinationRequest r) {
        Coordination c = new Coordinator().coordinate(r);
        Map<String, WirelessSystem> byId = new HashMap<>();
        r.systems().forEach(s -> byId.put(s.id(), s));
        CandidateCells allowed = new CandidateCells(r, Grid.covering(r.systems()));
        for (Assignment a : c.assignments()) {
            WirelessSystem s = byId.get(a.systemId());
            if (s.lockedKhz().isPresent()) {
                assertThat(a.frequencyKhz()).isEqualTo(s.lockedKhz().getAsLong());
                assertThat(a.locked()).isTrue();
            } else {
                assertThat(a.frequencyKhz()).isBetween(s.minKhz(), s.maxKhz());
                assertThat((a.frequencyKhz() - s.minKhz()) % s.stepKhz()).isZero();
                assertThat(allowed.refusal(a.frequencyKhz())).isNull();
            }
        }
        r.systems().stream().filter(s -> s.lockedKhz().isPresent())
                .forEach(s -> assertThat(c.unplaced()).doesNotContain(s.id()));
        for (Backup b : c.backups()) {
            WirelessSystem s = byId.get(b.forSystemId());
            long main = c.assignments().stream().filter(a -> a.systemId().equals(s.id())).findFirst().orElseThrow()
                    .frequencyKhz();
            assertThat(b.tvChannel()).isNotEqualTo(TvChannels.channelOf(r.tvPlan(), main));
            assertThat(b.frequencyKhz()).isBetween(s.minKhz(), s.maxKhz());
            assertThat(allowed.refusal(b.frequencyKhz())).isNull();
        }
    }

    @Property(tries = 25)
    void sameRequestSameCoordination(@ForAll("requests") CoordinationRequest r) {
        assertThat(new Coordinator().coordinate(r)).isEqualTo(new Coordinator().coordinate(r));
    }

    @Provide
    Arbitrary<CoordinationRequest> requests() {
        return Arbitraries.randomValue(CoordinatorProperties::request);
    }

    private static CoordinationRequest request(Random r) {
        List<CarrierClass> classes = new ArrayList<>();
        int nClasses = 1 + r.nextInt(3);
        for (int i = 0; i < nClasses; i++) {
            CompatibilityProfile p = r.nextBoolean()
                    ? Equipment.values()[r.nextInt(3)].profile(Profile.values()[r.nextInt(3)])
                    : new CompatibilityProfile("random", 100 + 25 * r.nextInt(24), 25 * r.nextInt(12),
                            25 * r.nextInt(8), 25 * r.nextInt(4), 25 * r.nextInt(8));
            classes.add(new CarrierClass(p, r.nextInt(4) == 0 ? ChannelUse.IEM : ChannelUse.MIC));
        }
        List<WirelessSystem> systems = new ArrayList<>();
        int n = 1 + r.nextInt(14);
        for (int i = 0; i < n; i++) {
            int step = new int[] {25, 25, 50, 125, 5}[r.nextInt(5)];
            long from = 470_000 + 1_000L * r.nextInt(20);
            long to = from + step * (long) (40 + r.nextInt(1200));
            WirelessSystem s = WirelessSystem.of("s" + i, from, to, step, classes.get(r.nextInt(nClasses)));
            if (r.nextInt(6) == 0) {
                s = s.lockedAt(from + step * (long) r.nextInt((int) ((to - from) / step) + 1));
            }
            systems.add(s);
        }
        TvPlan plan = r.nextBoolean() ? TvPlan.US : TvPlan.EU;
        List<Integer> excludedTv = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            excludedTv.add(TvChannels.channelOf(plan, 470_000 + 1_000L * r.nextInt(30)));
        }
        List<KhzRange> exclusions = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            long f = 470_000 + 100L * r.nextInt(300);
            exclusions.add(new KhzRange(f, f + 100L * r.nextInt(30)));
        }
        List<ScanPoint> scan = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            for (long f = 470_000; f < 520_000; f += 250) {
                scan.add(new ScanPoint(f, r.nextInt(10) == 0 ? -70 : -100));
            }
        }
        return CoordinationRequest.builder(systems).tvPlan(plan).excludeTv(excludedTv).exclude(exclusions)
                .scan(scan, -85, 100).backups(r.nextInt(4)).searchBudget(3_000).build();
    }
}
