package dev.rackd.app.wireless.coord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns engine results into the naive checker's plain integers. */
final class Checks {
    private Checks() {}

    static NaiveChecker.Tx tx(long khz, CarrierClass c) {
        CompatibilityProfile p = c.profile();
        return new NaiveChecker.Tx(khz,
                new int[] {p.carrierSpacingKhz(), p.im3Khz(), p.im5Khz(), p.im7Khz(), p.im3x3Khz()}, c.iem());
    }

    static NaiveChecker checker(Separation s) {
        return new NaiveChecker(s.micIemSpacingKhz(), s.iemProductGuardKhz());
    }

    /** Violations among every main and backup frequency, except those made only of locked frequencies. */
    static List<String> violations(CoordinationRequest request, Coordination result) {
        Map<String, WirelessSystem> byId = new HashMap<>();
        request.systems().forEach(s -> byId.put(s.id(), s));
        List<NaiveChecker.Tx> all = new ArrayList<>();
        result.assignments().forEach(a -> all.add(tx(a.frequencyKhz(), byId.get(a.systemId()).carrierClass())));
        result.backups().forEach(b -> all.add(tx(b.frequencyKhz(), byId.get(b.forSystemId()).carrierClass())));
        Set<String> locked = request.systems().stream().filter(s -> s.lockedKhz().isPresent())
                .map(s -> Long.toString(s.lockedKhz().getAsLong())).collect(Collectors.toSet());
        return checker(request.separation()).violations(all).stream()
                .filter(v -> !locked.containsAll(List.of(v.substring(v.indexOf(':') + 1).split("->|,"))))
                .toList();
    }
}
