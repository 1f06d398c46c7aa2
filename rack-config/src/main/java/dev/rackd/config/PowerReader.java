package dev.rackd.config;

import dev.rackd.config.DcMonitor.DcKind;
import dev.rackd.config.PowerMeter.MeterKind;
import dev.rackd.config.PowerMeter.Phase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code power:} — mains meters on RS-485, DC rail monitors on I2C, and the amp power-on sequence. */
final class PowerReader {
    static final List<String> KEYS = List.of("meters", "dc_monitors", "sequence");
    static final List<String> METER_KEYS = List.of("id", "label", "kind", "port", "address", "baud", "phases",
            "breaker_amps", "poll");
    static final List<String> DC_KEYS = List.of("id", "label", "kind", "bus", "address", "shunt_ohms", "max_amps",
            "poll");
    static final List<String> STEP_KEYS = List.of("relay", "label", "delay", "amps", "come_up");
    static final Duration MIN_POLL = Duration.ofMillis(100);
    static final Duration MAX_POLL = Duration.ofHours(1);
    private static final Set<Long> BAUDS = Set.of(1200L, 2400L, 4800L, 9600L, 19200L, 38400L);

    private PowerReader() {}

    record Power(List<PowerMeter> meters, List<DcMonitor> dcMonitors, List<SequenceStep> sequence) {}

    /** An RS-485 bus as its first meter set it up: every meter on it must talk at that speed. */
    private record Bus(Fields first, long baud) {}

    static Power read(Fields root, Registry registry) {
        Fields f = root.section("power", KEYS);
        List<PowerMeter> meters = new ArrayList<>();
        Map<String, Fields> addressOwners = new HashMap<>();
        Map<String, Bus> buses = new HashMap<>();
        Map<Phase, Fields> phaseOwners = new EnumMap<>(Phase.class);
        for (Fields item : f.items("meters", METER_KEYS)) {
            PowerMeter meter = meter(item, registry, addressOwners, buses);
            // two meters on one phase are two circuits, each with its own breaker
            meter.phases().forEach(phase -> phaseOwners.putIfAbsent(phase, item));
            meters.add(meter);
        }
        unmeteredPhase(f, phaseOwners);
        List<DcMonitor> monitors = new ArrayList<>();
        Map<String, Fields> i2cOwners = new HashMap<>();
        for (Fields item : f.items("dc_monitors", DC_KEYS)) {
            monitors.add(dcMonitor(item, registry, i2cOwners));
        }
        List<SequenceStep> steps = new ArrayList<>();
        List<Fields> items = f.items("sequence", STEP_KEYS);
        Map<String, String> ampSteps = new HashMap<>();
        for (Fields item : items) {
            SequenceStep step = SequenceReader.step(item, registry, ampSteps);
            if (!step.relay().isEmpty() && steps.stream().anyMatch(s -> s.relay().equals(step.relay()))) {
                item.error("relay", "relay '" + step.relay() + "' already has a step; allowed: each relay once in"
                        + " the sequence");
            }
            steps.add(step);
        }
        for (int i = 0; i < steps.size() - 1; i++) { // the last step's delay is never waited
            SequenceReader.checkStagger(items.get(i), steps.get(i));
        }
        return new Power(meters, monitors, steps);
    }

    private static PowerMeter meter(Fields f, Registry registry, Map<String, Fields> addressOwners,
            Map<String, Bus> buses) {
        String id = registry.deviceId(f);
        MeterKind kind = f.requiredChoice("kind", MeterKind.class, "meter kind").orElse(MeterKind.PZEM004T);
        String port = SerialPorts.required(f, "port", "the RS-485 adapter, e.g. /dev/ttyUSB0");
        var address = f.requiredInteger("address", 1, 247, "", "1");
        // SDM120s leave the factory at 2400 baud, PZEM-004T and SDM630 at 9600
        long baud = f.optionalInteger("baud", 1200, 38400, "baud").orElse(kind == MeterKind.SDM120 ? 2400 : 9600);
        if (!BAUDS.contains(baud)) {
            f.error("baud", baud + " is not a Modbus meter speed; allowed: 1200, 2400, 4800, 9600, 19200, 38400");
        } else if (kind == MeterKind.PZEM004T && baud != 9600) {
            f.error("baud", "a PZEM-004T always talks at 9600 baud; allowed: 9600");
        }
        List<Phase> phases = PhaseList.read(f, kind);
        double breaker = f.requiredNumber("breaker_amps", 1, 630, "A", "32");
        Duration poll = f.duration("poll", Duration.ofSeconds(1), MIN_POLL, MAX_POLL);
        registry.claimEndpoint(f, "port", port, "the RS-485 bus of the power meters");
        if (!port.isEmpty() && address.isPresent()) {
            sharedBus(f, port, (int) address.getAsLong(), baud, addressOwners, buses);
        }
        String label = f.text("label", id, "any text");
        return new PowerMeter(id, label, kind, port, (int) address.orElse(1), (int) baud, phases, breaker, poll);
    }

    /**
     * A supply is single-phase (any one phase), split-phase (l1 and l2) or three-phase: metering l3 with l1 or l2
     * but not the other leaves a live phase of a three-phase supply with no breaker or voltage watch.
     */
    private static void unmeteredPhase(Fields f, Map<Phase, Fields> owners) {
        if (owners.size() != 2 || !owners.containsKey(Phase.L3)) {
            return;
        }
        Phase missing = owners.containsKey(Phase.L1) ? Phase.L2 : Phase.L1;
        Fields last = owners.get(Phase.L3);
        last.error("phases", "no meter measures " + Values.spelling(missing) + " while the others measure "
                + owners.keySet().stream().map(Values::spelling).collect(Collectors.joining(" and "))
                + "; allowed: one phase, l1 and l2 (split-phase), or all three phases (three-phase)");
    }

    /** Meters on one RS-485 bus share its speed and need distinct addresses. */
    private static void sharedBus(Fields f, String port, int address, long baud, Map<String, Fields> owners,
            Map<String, Bus> buses) {
        Fields sameAddress = owners.putIfAbsent(port + "#" + address, f);
        if (sameAddress != null) {
            f.error("address", "Modbus address " + address + " on " + port + " is already used by "
                    + sameAddress.path() + "; allowed: one meter per address on a bus");
        }
        // the speed as each meter will use it, its kind's default included: an SDM120 left at its 2400 beside a
        // PZEM-004T at 9600 is the same mismatch as one written out
        Bus bus = buses.putIfAbsent(port, new Bus(f, baud));
        if (bus != null && bus.baud() != baud) {
            String key = f.has("baud") ? "baud" : "kind";
            f.error(key, baud + " baud" + (f.has("baud") ? "" : " (this kind's default)") + " differs from "
                    + bus.first().path() + " on the same port " + port + " (" + bus.baud()
                    + (bus.first().has("baud") ? "" : ", its kind's default") + "); allowed: one speed per bus");
        }
    }

    private static DcMonitor dcMonitor(Fields f, Registry registry, Map<String, Fields> owners) {
        String id = registry.deviceId(f);
        DcKind kind = f.requiredChoice("kind", DcKind.class, "DC monitor kind").orElse(DcKind.INA226);
        int bus = f.integer("bus", 1, 0, 22, "");
        if (bus == 1) {
            // the Pi's I2C bus 1 is wired to GPIO 2 (SDA) and 3 (SCL)
            for (int pin : new int[] {2, 3}) {
                registry.pinOwner(pin).ifPresent(owner -> f.error("bus", "I2C bus 1 needs GPIO " + pin + ", which "
                        + owner + " drives; allowed: gpio pins other than 2 and 3 while I2C bus 1 is in use"));
                registry.busUses(pin, f.path() + " (on I2C bus 1)");
            }
        }
        int address = (int) f.requiredInteger("address", 0, 0x7F, "", "0x40").orElse(-1);
        if (address >= 0 && (address < 0x40 || address > 0x4F)) {
            f.error("address", String.format("0x%02X is not an INA219/INA226 address; allowed: 0x40 to 0x4F",
                    address));
        } else if (address >= 0) {
            Fields first = owners.putIfAbsent(bus + "#" + address, f);
            if (first != null) {
                f.error("address", String.format("I2C address 0x%02X on bus %d is already used by %s; allowed: one"
                        + " device per address on a bus", address, bus, first.path()));
            }
        }
        double shunt = f.number("shunt_ohms", 0.1, 0.0001, 10, "Ω");
        double maxAmps = f.requiredNumber("max_amps", 0.01, 1000, "A", "8 (with shunt_ohms: 0.01)");
        shuntRange(f, kind, shunt, maxAmps);
        Duration poll = f.duration("poll", Duration.ofSeconds(1), MIN_POLL, MAX_POLL);
        return new DcMonitor(id, f.text("label", id, "any text"), kind, bus, Math.max(address, 0x40), shunt, maxAmps,
                poll);
    }

    /**
     * The chip reads the shunt up to its full scale (INA226 81.92 mV, INA219 320 mV at its widest range) and reports
     * {@code fault} above it: {@code max_amps} through the shunt must fit.
     */
    private static void shuntRange(Fields f, DcKind kind, double shunt, double maxAmps) {
        double fullScaleMv = kind == DcKind.INA219 ? 320 : 81.92;
        double fullScale = fullScaleMv / 1000;
        if (!f.has("max_amps") || maxAmps * shunt <= fullScale * (1 + 1e-9)) {
            return;
        }
        f.error("max_amps", Scalars.format(maxAmps) + " A through a " + Scalars.format(shunt) + " Ω shunt"
                + (f.has("shunt_ohms") ? "" : " (the shunt_ohms default)") + " is "
                + Scalars.format(Math.round(maxAmps * shunt * 1e5) / 100.0) + " mV, more than the " + kind.name()
                + " reads (" + Scalars.format(fullScaleMv) + " mV); allowed: up to "
                + Scalars.format(Math.floor(fullScale / shunt * 100) / 100) + " A with this shunt, or shunt_ohms up"
                + " to " + Scalars.format(Math.floor(fullScale / maxAmps * 1e6) / 1e6) + " for "
                + Scalars.format(maxAmps) + " A");
    }
}
