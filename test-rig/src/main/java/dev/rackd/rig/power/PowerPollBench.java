package dev.rackd.rig.power;

import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Reading;
import dev.rackd.hal.modbus.ModbusBus;
import dev.rackd.hal.modbus.ModbusTiming;
import dev.rackd.hal.poll.BusLoop;
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
import dev.rackd.rig.pty.SocatPty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long one full poll cycle of a three-phase distro takes over a 9600-baud line (three PZEMs, or
 * one SDM630), with eight DS18B20s and the Pi, using the real drivers against the simulators; next to
 * the bytes-on-the-wire limit for the same requests. Devices poll back to back so the figure is the
 * cycle time itself, not the configured cadence. The simulator holds each answer back by the time the
 * request and the answer take on a 9600-baud line (with no turnaround here), so the serial figures are
 * that line model plus what rackd adds: the 3.5-character silence, scheduling, parsing, two pty hops.
 *
 * <p>Run: see docs/power.md. Argument: seconds to measure each setup (default 10).
 */
public final class PowerPollBench {
    private static final int BAUD = 9600;
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Duration BACK_TO_BACK = Duration.ofMillis(1);
    /** File reads take microseconds: always due, so the loop never waits between them. */
    private static final Duration ALWAYS_DUE = Duration.ofNanos(1);

    private PowerPollBench() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = Files.createTempDirectory("rackd-power-bench");
        System.out.printf(Locale.ROOT, "power poll bench: %d baud 8N1, %d s per setup, simulated meter turnaround 0 ms%n",
                BAUD, seconds);
        System.out.printf(Locale.ROOT, "%-32s %12s %12s %10s %8s%n", "setup", "cycle ms", "wire ms", "ratio", "errors");
        // PZEM: request 8 bytes, answer 3 + 20 + 2 = 25 bytes
        serial(dir, "3 x PZEM-004T", seconds, new int[][] {{8, 25}, {8, 25}, {8, 25}}, true);
        // SDM630: 36 registers (8 / 77), 4 registers (8 / 13), 2 registers (8 / 9)
        serial(dir, "1 x SDM630", seconds, new int[][] {{8, 77}, {8, 13}, {8, 9}}, false);
        sysfs(dir.resolve("sysfs"), seconds);
    }

    /** The Modbus limit: every frame 10 bits a byte, each preceded by 3.5 characters of silence. */
    static double wireMillis(int[][] exchanges) {
        double ms = 0;
        for (int[] e : exchanges) {
            ms += (e[0] + e[1] + 2 * 3.5) * 10 * 1000.0 / BAUD;
        }
        return ms;
    }

    private static void serial(Path dir, String name, int seconds, int[][] exchanges, boolean pzem)
            throws Exception {
        SupplyModel supply = new SupplyModel(230, 50);
        LoadModel load = new LoadModel(32);
        ModbusSlaveBus sim = new ModbusSlaveBus(SocatPty.open(dir, pzem ? "pzem" : "sdm"), BAUD);
        sim.turnaround(Duration.ZERO);
        if (pzem) {
            for (int p = 1; p <= 3; p++) {
                sim.add(new PzemSimulator(p, p, supply, load, 0));
            }
        } else {
            sim.add(new SdmSimulator(1, List.of(1, 2, 3), supply, load, 0));
        }
        sim.start();
        ModbusBus bus = ModbusBus.open(SerialSettings.eightN1(sim.driverPath(), BAUD, Duration.ofMillis(20)),
                ModbusTiming.defaults());
        List<Device> devices = new ArrayList<>();
        if (pzem) {
            for (int p = 1; p <= 3; p++) {
                devices.add(new PzemMeter(new PzemSettings("pzem-" + p, p, "l" + p, BACK_TO_BACK, 3), bus, CLOCK));
            }
        } else {
            devices.add(new SdmMeter(new SdmSettings("sdm", SdmModel.SDM630, 1, List.of("l1", "l2", "l3"),
                    BACK_TO_BACK, 3), bus, CLOCK));
        }
        Measured m = measure(devices, seconds, devices.size());
        double wire = wireMillis(exchanges);
        System.out.printf(Locale.ROOT, "%-32s %12.1f %12.1f %10.2f %8d   (answer %.1f ms after request, %s)%n",
                name, m.cycleMillis(), wire, m.cycleMillis() / wire, m.faults(), bus.stats().meanAnswerMillis(),
                bus.stats());
        devices.forEach(Device::close);
        sim.close();
    }

    private static void sysfs(Path root, int seconds) throws Exception {
        SysfsTree tree = new SysfsTree(root).start();
        BusLoop w1 = new BusLoop("w1");
        List<Device> sensors = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String w1Id = String.format("28-00000000%04x", i);
            Path devices = tree.addDs18b20("amp-" + i, w1Id, new TemperatureModel(30 + i));
            sensors.add(new Ds18b20Sensor(new Ds18b20Settings("amp-" + i, devices, w1Id, ALWAYS_DUE, 2, 3), w1,
                    CLOCK));
        }
        Measured w = measure(sensors, seconds, sensors.size());
        System.out.printf(Locale.ROOT, "%-32s %12.3f %12s %10s %8d   (files in a temp folder; a real 1-Wire bus "
                + "needs 750 ms per 12-bit conversion: 6000 ms for 8 read one by one)%n",
                "8 x DS18B20 (w1 sysfs)", w.cycleMillis(), "-", "-", w.faults());
        sensors.forEach(Device::close);
        Path thermal = tree.addPi("pi", new TemperatureModel(50));
        Device pi = new PiSocMonitor(new PiSocSettings("pi", thermal, PiSocSettings.throttledBeside(thermal), false,
                ALWAYS_DUE, 3), new BusLoop("pi"), CLOCK);
        Measured p = measure(List.of(pi), seconds, 1);
        System.out.printf(Locale.ROOT, "%-32s %12.3f %12s %10s %8d   (thermal zone + throttling flags)%n",
                "Pi SoC", p.cycleMillis(), "-", "-", p.faults());
        pi.close();
        tree.close();
    }

    private record Measured(double cycleMillis, long faults) {}

    /** Polls back to back for {@code seconds} after a warm-up; a cycle is one poll of every device. */
    private static Measured measure(List<Device> devices, int seconds, int perCycle) throws InterruptedException {
        AtomicLong faults = new AtomicLong();
        DeviceListener listener = new DeviceListener() {
            @Override
            public void reading(Reading r) {
                if (r.quality() != dev.rackd.hal.Quality.GOOD) {
                    faults.incrementAndGet();
                }
            }

            @Override
            public void online(String deviceId, boolean online, String reason) {
                if (!online) {
                    faults.incrementAndGet();
                }
            }
        };
        devices.forEach(d -> d.start(listener));
        Thread.sleep(2000); // warm-up: JIT, port open
        long c0 = devices.stream().mapToLong(Device::cycles).sum();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long c1 = devices.stream().mapToLong(Device::cycles).sum();
        double elapsedMs = (System.nanoTime() - t0) / 1e6;
        double cycles = (c1 - c0) / (double) perCycle;
        return new Measured(elapsedMs / cycles, faults.get());
    }
}
