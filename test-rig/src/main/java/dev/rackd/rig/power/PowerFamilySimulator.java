package dev.rackd.rig.power;

import dev.rackd.config.PowerMeter;
import dev.rackd.config.ShowFile;
import dev.rackd.config.TemperatureSensor;
import dev.rackd.rig.pty.SocatPty;
import dev.rackd.rig.sim.FamilySimulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Power meters and temperature sensors for {@code rackd run --simulate}, over the real transports: every
 * serial port of the show file becomes a socat pseudo-terminal with simulated PZEM / SDM meters behind
 * it, and every DS18B20, Pi and sysfs sensor a file in a sysfs-shaped folder. The show file comes back
 * pointing at them, so the real drivers run. DC monitors (I2C) are {@link DcRailFamilySimulator}'s.
 *
 * <p>Injection: a metric ({@code l2_current 27.5}, {@code voltage 190}, {@code frequency 51.4},
 * {@code temperature 62}, {@code temperature_rate 3}, {@code under_voltage 1}) or {@code release}; on
 * {@code state}: {@code offline}, {@code online}, {@code garbage}, and for meters {@code wrong_crc},
 * {@code slow}, {@code wrong_address}, {@code unplug}, {@code replug}, for sensors {@code vanish},
 * {@code crc_no}, {@code power_on}, {@code all_zero}.
 */
public final class PowerFamilySimulator implements FamilySimulator {
    private final Map<String, SimulatedBus> buses = new LinkedHashMap<>();
    private final Map<String, SimulatedMeter> meters = new LinkedHashMap<>();
    private final Set<String> sensorIds = new LinkedHashSet<>();
    private SupplyModel supply;
    private SysfsTree sysfs;

    /** A meter as the injection sees it. */
    private record SimulatedMeter(PowerMeter config, SimulatedBus bus, LoadModel load, List<Integer> phases) {}

    @Override
    public ShowFile start(ShowFile show, Path workDir) throws Exception {
        supply = new SupplyModel(show.rack().mains().nominalVoltage(), show.rack().mains().nominalFrequencyHz());
        List<PowerMeter> rewiredMeters = new ArrayList<>();
        for (PowerMeter m : show.powerMeters()) {
            SimulatedBus bus = buses.get(m.port());
            if (bus == null) {
                String name = "tty-" + (buses.size() + 1) + "-" + Path.of(m.port()).getFileName();
                bus = new SimulatedBus(new ModbusSlaveBus(SocatPty.open(workDir.resolve("pty"), name), m.baud()));
                buses.put(m.port(), bus);
            }
            List<Integer> phases = m.phases().stream().map(p -> p.ordinal() + 1).toList();
            LoadModel load = bus.circuitFor(phases, m.breakerAmps());
            bus.slaves.add(switch (m.kind()) {
                case PZEM004T -> new PzemSimulator(m.address(), phases.get(0), supply, load, 0);
                case SDM630, SDM120 -> new SdmSimulator(m.address(), phases, supply, load, 0);
            });
            meters.put(m.id(), new SimulatedMeter(m, bus, load, phases));
            rewiredMeters.add(new PowerMeter(m.id(), m.label(), m.kind(), bus.slaves.driverPath(), m.address(),
                    m.baud(), m.phases(), m.breakerAmps(), m.poll()));
        }
        buses.values().forEach(b -> b.slaves.start());

        sysfs = new SysfsTree(workDir.resolve("sysfs"));
        List<TemperatureSensor> rewiredSensors = new ArrayList<>();
        int n = 0;
        for (TemperatureSensor t : show.temperatureSensors()) {
            TemperatureModel model = new TemperatureModel(restingC(t, n++));
            Path path = switch (t.kind()) {
                case DS18B20 -> sysfs.addDs18b20(t.id(), t.w1Id().orElse(String.format("28-0000000000%02x", n)),
                        model);
                case PI_SOC -> sysfs.addPi(t.id(), model);
                case SYSFS -> sysfs.addFile(t.id(), model);
            };
            sensorIds.add(t.id());
            rewiredSensors.add(new TemperatureSensor(t.id(), t.label(), t.kind(), t.w1Id(),
                    Optional.of(path.toString()), t.warningC(), t.criticalC(), t.hysteresisC(), t.poll()));
        }
        sysfs.start();
        return new ShowFile(show.rack(), show.mqtt(), show.stateDir(), rewiredMeters, show.dcMonitors(),
                rewiredSensors, show.amplifiers(), show.receivers(), show.scanner(), show.coordination(),
                show.audio(), show.gpioOutputs(), show.gpioInputs(), show.sequence(), show.alerts(), show.auth());
    }

    /** Amps run warm, the Pi warmer, the rest near room temperature; never near a warning at rest. */
    private static double restingC(TemperatureSensor t, int index) {
        double warm = switch (t.kind()) {
            case PI_SOC -> 48;
            case DS18B20 -> 30 + 2 * (index % 5);
            case SYSFS -> 35;
        };
        return Math.min(warm, t.warningC() - 10);
    }

    @Override
    public Set<String> devices() {
        Set<String> all = new LinkedHashSet<>(meters.keySet());
        all.addAll(sensorIds);
        return all;
    }

    @Override
    public void inject(String deviceId, String target, String value) {
        SimulatedMeter meter = meters.get(deviceId);
        if (meter != null) {
            MeterInjection.apply(meter.config(), meter.bus(), meter.load(), meter.phases(), supply, target, value);
        } else if (sensorIds.contains(deviceId)) {
            SensorInjection.apply(sysfs.sensor(deviceId), target, value);
        } else {
            throw new IllegalArgumentException("'" + deviceId + "' is not a simulated power meter or sensor");
        }
    }

    @Override
    public void close() {
        buses.values().forEach(b -> b.slaves.close());
        if (sysfs != null) {
            sysfs.close();
        }
    }
}
