package dev.rackd.app.wireless.coord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.config.CoordinationSettings.Profile;
import dev.rackd.config.WirelessReceiver.ChannelUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IntermodAnalyzerTest {
    private static final CarrierClass G4 = CarrierClass.mic(Equipment.SENNHEISER_EW_G4.profile(Profile.STANDARD));

    @Test
    void equallySpacedCarriersHitEachOtherWithThirdOrderProducts() {
        Analysis a = new IntermodAnalyzer(Separation.DEFAULT).analyze(List.of(
                new Carrier("a", 500_000, G4), new Carrier("b", 501_000, G4), new Carrier("c", 502_000, G4)));
        assertThat(a.conflicts()).extracting(Conflict::describe).containsExactlyInAnyOrder(
                "im3 of 501000, 502000 kHz lands at 500000 kHz, 0 kHz from a at 500000 kHz (needs 200)",
                "im3 of 501000, 500000 kHz lands at 502000 kHz, 0 kHz from c at 502000 kHz (needs 200)");
        Conflict hitsA = a.conflicts().get(0);
        assertThat(hitsA.kind()).isEqualTo("im3");
        assertThat(hitsA.sourceIds()).containsExactly("b", "c");
        assertThat(hitsA.victimId()).isEqualTo("a");
    }

    @Test
    void threeTransmitterProductAndCarrierSpacingAreNamed() {
        Analysis a = new IntermodAnalyzer(Separation.DEFAULT).analyze(List.of(new Carrier("a", 500_000, G4),
                new Carrier("b", 503_000, G4), new Carrier("c", 507_100, G4), new Carrier("d", 510_000, G4),
                new Carrier("e", 510_300, G4)));
        assertThat(a.conflicts()).extracting(Conflict::describe).contains(
                "d at 510000 kHz is 300 kHz from e at 510300 kHz (needs 400)",
                "im3x3 of 503000, 507100, 500000 kHz lands at 510100 kHz, 100 kHz from d at 510000 kHz (needs 150)");
    }

    @Property(tries = 200)
    void agreesWithTheNaiveChecker(@ForAll("carrierSets") List<Carrier> set) {
        List<String> engine = new IntermodAnalyzer(Separation.DEFAULT).analyze(set).conflicts().stream()
                .map(IntermodAnalyzerTest::key).sorted().toList();
        List<String> naive = Checks.checker(Separation.DEFAULT)
                .violations(set.stream().map(c -> Checks.tx(c.frequencyKhz(), c.carrierClass())).toList())
                .stream().sorted().toList();
        assertThat(engine).isEqualTo(naive);
    }

    private static String key(Conflict c) {
        List<Long> src = new ArrayList<>(c.sourcesKhz());
        if (c.kind().equals("cc")) {
            return "cc:" + Math.min(src.get(0), c.victimKhz()) + "->" + Math.max(src.get(0), c.victimKhz());
        }
        if (c.kind().equals("im3x3") && src.get(0) > src.get(1)) {
            src.set(0, c.sourcesKhz().get(1));
            src.set(1, c.sourcesKhz().get(0));
        }
        return c.kind() + ":" + String.join(",", src.stream().map(String::valueOf).toList()) + "->" + c.victimKhz();
    }

    @Provide
    Arbitrary<List<Carrier>> carrierSets() {
        return Arbitraries.randomValue(IntermodAnalyzerTest::set);
    }

    private static List<Carrier> set(Random r) {
        CarrierClass[] classes = {G4, new CarrierClass(G4.profile(), ChannelUse.IEM),
            CarrierClass.mic(Equipment.MIPRO_ACT8.profile(Profile.ROBUST)),
            new CarrierClass(new CompatibilityProfile("x", 300, 100, 50, 40, 75), ChannelUse.IEM)};
        List<Carrier> out = new ArrayList<>();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            out.add(new Carrier("c" + i, 500_000 + 25L * r.nextInt(400), classes[r.nextInt(classes.length)]));
        }
        return out;
    }
}
