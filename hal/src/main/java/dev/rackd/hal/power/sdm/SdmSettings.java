package dev.rackd.hal.power.sdm;

import java.time.Duration;
import java.util.List;

/**
 * One Eastron meter on a bus.
 *
 * @param phases metric prefixes of the meter's phases in its own order: "l1".."l3" for an SDM630, the one
 *               phase an SDM120 sits on
 */
public record SdmSettings(String id, SdmModel model, int address, List<String> phases, Duration poll,
        int offlineAfterFailures) {
    public SdmSettings {
        phases = List.copyOf(phases);
        if (address < 1 || address > 247) {
            throw new IllegalArgumentException("a Modbus address is 1..247, not " + address);
        }
        if (phases.size() != model.phases() || !phases.stream().allMatch(p -> p.matches("l[1-3]"))) {
            throw new IllegalArgumentException(model + " needs " + model.phases() + " phases named l1..l3, got "
                    + phases);
        }
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive, got " + poll);
        }
    }
}
