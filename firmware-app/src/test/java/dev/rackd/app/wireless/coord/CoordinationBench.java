package dev.rackd.app.wireless.coord;

import dev.rackd.config.CoordinationSettings.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the coordination figures of docs/wireless.md: channels fitted and wall time for the published density
 * targets. Not a test (no assertions on time): run it by hand, see docs/wireless.md for the command.
 */
public final class CoordinationBench {
    private CoordinationBench() {}

    public static void main(String[] args) {
        CompatibilityProfile digital = Equipment.DIGITAL.profile(Profile.STANDARD);
        CompatibilityProfile g4 = Equipment.SENNHEISER_EW_G4.profile(Profile.STANDARD);
        // warm-up so the JIT does not land in the first figure
        run("warm-up", g4, 470_000, 558_000, 26, false);
        run("digital, one 6 MHz TV channel (US ch 14)", digital, 470_000, 475_975, 20, true);
        run("digital, one 8 MHz TV channel (EU ch 21)", digital, 470_000, 477_975, 26, true);
        run("Sennheiser EW G4 standard, 470-558 MHz", g4, 470_000, 558_000, 32, true);
        run("Sennheiser EW G4 standard, 470-558 MHz, 24 asked", g4, 470_000, 558_000, 24, true);
        run("Sennheiser EW G4 robust, 470-558 MHz", Equipment.SENNHEISER_EW_G4.profile(Profile.ROBUST), 470_000,
                558_000, 32, true);
        run("MIPRO ACT8 standard, 470-608 MHz", Equipment.MIPRO_ACT8.profile(Profile.STANDARD), 470_000, 608_000, 40,
                true);
    }

    private static void run(String title, CompatibilityProfile profile, long fromKhz, long toKhz, int count,
            boolean print) {
        List<WirelessSystem> systems = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            systems.add(WirelessSystem.of("ch" + i, fromKhz, toKhz, 25, CarrierClass.mic(profile)));
        }
        long t0 = System.nanoTime();
        Coordination c = new Coordinator().coordinate(CoordinationRequest.builder(systems).build());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (!print) {
            return;
        }
        List<Carrier> set = c.assignments().stream()
                .map(a -> new Carrier(a.systemId(), a.frequencyKhz(), CarrierClass.mic(profile))).toList();
        int violations = new IntermodAnalyzer(Separation.DEFAULT).analyze(set).conflicts().size();
        System.out.printf("%-50s %-10s greedy %2d, final %2d of %2d asked, %7d nodes, %5d ms, violations %d%n", title,
                profile.spacingText().replace(",im5=0,im7=0", ""), c.greedyPlaced(), c.assignments().size(), count,
                c.searchNodes(), ms, violations);
        System.out.println("    " + c.frequenciesKhz().stream().sorted().toList());
    }
}
