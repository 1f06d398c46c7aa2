package dev.rackd.app.power;

import com.pi4j.context.Context;
import dev.rackd.config.DcMonitor;
import dev.rackd.config.PowerMeter;
import dev.rackd.config.ShowFile;
import dev.rackd.config.TemperatureSensor;
import dev.rackd.hal.Device;
import dev.rackd.hal.modbus.ModbusBus;
import dev.rackd.hal.modbus.ModbusTiming;
import dev.rackd.hal.poll.BusLoop;
import dev.rackd.hal.power.ina.InaKind;
import dev.rackd.hal.power.ina.InaMonitor;
import dev.rackd.hal.power.ina.InaSettings;
import dev.rackd.hal.power.pzem.PzemMeter;
import dev.rackd.hal.power.pzem.PzemSettings;
import dev.rackd.hal.power.sdm.SdmMeter;
import dev.rackd.hal.power.sdm.SdmModel;
import dev.rackd.hal.power.sdm.SdmSettings;
import dev.rackd.hal.serial.SerialSettings;
import dev.rackd.hal.temperature.pi.PiSocMonitor;
import dev.rackd.hal.temperature.pi.PiSocSettings;
import dev.rackd.hal.temperature.w1.Ds18b20Sensor;
import dev.rackd.hal.temperature.w1.Ds18b20Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the show file's power and temperature sections onto hal drivers: one Modbus bus per serial port
 * with its meters, one 1-Wire loop per w1 folder, one loop per I2C bus, one for the Pi. For a DS18B20 the
 * show file's {@code path}, when given, is the w1 devices folder; for the Pi, the thermal zone file, with
 * the throttling flags looked up in the same sysfs tree.
 */
final class PowerDrivers {
    private static final Logger LOG = LoggerFactory.getLogger(PowerDrivers.class);
    /** Short serial reads keep a virtual thread pinned in native code only briefly. */
    private static final Duration SERIAL_READ = Duration.ofMillis(20);

    private PowerDrivers() {}

    static List<Device> create(ShowFile show, Predicate<String> isVirtual, Clock clock, Supplier<Context> pi4j) {
        int offlineAfter = Math.max(1, show.alerts().offlineAfterPolls());
        List<Device> devices = new ArrayList<>();
        Map<String, ModbusBus> buses = new HashMap<>();
        for (PowerMeter m : show.powerMeters()) {
            if (isVirtual.test(m.id())) {
                continue;
            }
            ModbusBus bus = buses.computeIfAbsent(m.port(), port -> ModbusBus.open(
                    SerialSettings.eightN1(port, m.baud(), SERIAL_READ), ModbusTiming.defaults()));
            if (bus.baud() != m.baud()) {
                LOG.warn("{} asks for {} baud on {}, which already runs at {}: one line has one speed", m.id(),
                        m.baud(), m.port(), bus.baud());
            }
            List<String> phases = m.phases().stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
            devices.add(switch (m.kind()) {
                case PZEM004T -> new PzemMeter(new PzemSettings(m.id(), m.address(), phases.get(0), m.poll(),
                        offlineAfter), bus, clock);
                case SDM630 -> new SdmMeter(new SdmSettings(m.id(), SdmModel.SDM630, m.address(), phases, m.poll(),
                        offlineAfter), bus, clock);
                case SDM120 -> new SdmMeter(new SdmSettings(m.id(), SdmModel.SDM120, m.address(), phases, m.poll(),
                        offlineAfter), bus, clock);
            });
        }
        Map<String, BusLoop> loops = new HashMap<>();
        for (TemperatureSensor t : show.temperatureSensors()) {
            if (!isVirtual.test(t.id())) {
                temperature(t, offlineAfter, clock, loops).ifPresent(devices::add);
            }
        }
        for (DcMonitor d : show.dcMonitors()) {
            if (!isVirtual.test(d.id())) {
                BusLoop loop = loops.computeIfAbsent("i2c-" + d.bus(), BusLoop::new);
                InaKind kind = d.kind() == DcMonitor.DcKind.INA219 ? InaKind.INA219 : InaKind.INA226;
                devices.add(new InaMonitor(new InaSettings(d.id(), kind, d.bus(), d.address(), d.shuntOhms(),
                        d.maxAmps(), d.poll(), offlineAfter), pi4j, loop, clock));
            }
        }
        return devices;
    }

    private static Optional<Device> temperature(TemperatureSensor t, int offlineAfter, Clock clock,
            Map<String, BusLoop> loops) {
        switch (t.kind()) {
            case DS18B20 -> {
                if (t.w1Id().isEmpty()) {
                    LOG.warn("temperature sensor {} is a DS18B20 without a w1 id; not read", t.id());
                    return Optional.empty();
                }
                Path root = t.path().map(Path::of).orElse(Ds18b20Settings.PI_DEVICES_ROOT);
                BusLoop w1 = loops.computeIfAbsent("w1 " + root, BusLoop::new);
                return Optional.of(new Ds18b20Sensor(new Ds18b20Settings(t.id(), root, t.w1Id().get(), t.poll(), 2,
                        offlineAfter), w1, clock));
            }
            case PI_SOC -> {
                Path thermal = t.path().map(Path::of).orElse(PiSocSettings.PI_THERMAL);
                boolean onThePi = thermal.equals(PiSocSettings.PI_THERMAL);
                return Optional.of(new PiSocMonitor(new PiSocSettings(t.id(), thermal,
                        PiSocSettings.throttledBeside(thermal), onThePi, t.poll(), offlineAfter),
                        loops.computeIfAbsent("pi", BusLoop::new), clock));
            }
            case SYSFS -> {
                if (t.path().isEmpty()) {
                    LOG.warn("temperature sensor {} reads a sysfs file but names none; not read", t.id());
                    return Optional.empty();
                }
                return Optional.of(new PiSocMonitor(new PiSocSettings(t.id(), Path.of(t.path().get()),
                        Optional.empty(), false, t.poll(), offlineAfter), loops.computeIfAbsent("sysfs", BusLoop::new),
                        clock));
            }
            default -> throw new IllegalStateException("unknown sensor kind " + t.kind());
        }
    }
}
