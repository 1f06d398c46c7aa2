package dev.rackd.hal.power.pzem;

import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Unit;
import dev.rackd.hal.modbus.ModbusBus;
import dev.rackd.hal.modbus.ModbusException;
import dev.rackd.hal.modbus.ModbusMaster;
import dev.rackd.hal.poll.DeviceHealth;
import dev.rackd.hal.poll.ReadingBatch;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A PZEM-004T v3 on a shared Modbus bus: reads all ten registers each poll and reports
 * {@code lN_voltage}, {@code lN_current}, {@code lN_power}, {@code lN_power_factor}, {@code frequency},
 * {@code energy} (Wh) and {@code alarm} (0/1).
 */
public final class PzemMeter implements Device {
    private final PzemSettings settings;
    private final ModbusBus bus;
    private final Clock clock;
    private final DeviceHealth health;
    private final ModbusBus.Member member = new ModbusBus.Member() {
        @Override
        public Duration period() {
            return settings.poll();
        }

        @Override
        public void poll(ModbusMaster master) throws IOException {
            try {
                read(master);
            } catch (ModbusException e) {
                health.failed(e.getMessage());
            } finally {
                health.cycle();
            }
        }

        @Override
        public void busDown(String reason) {
            health.gone(reason);
            health.cycle();
        }
    };

    public PzemMeter(PzemSettings settings, ModbusBus bus, Clock clock) {
        this.settings = settings;
        this.bus = bus;
        this.clock = clock;
        this.health = new DeviceHealth(settings.id(), settings.offlineAfterFailures());
    }

    @Override
    public String id() {
        return settings.id();
    }

    @Override
    public void start(DeviceListener listener) {
        health.listener(listener);
        bus.attach(member);
    }

    @Override
    public long cycles() {
        return health.cycles();
    }

    /** Zeroes the meter's energy counter (function 0x42); completes when the meter confirmed it. */
    public CompletableFuture<Void> resetEnergy() {
        return bus.submit(() -> {
            bus.exchange(settings.address(), PzemCodec.RESET_ENERGY, new byte[0], PzemCodec.RESET_ANSWER);
            return null;
        });
    }

    private void read(ModbusMaster master) throws ModbusException, IOException {
        int[] regs = master.readInputRegisters(settings.address(), 0, PzemCodec.REGISTERS);
        PzemMeasurement m = PzemCodec.decode(regs);
        String p = settings.phase() + "_";
        health.good(new ReadingBatch(settings.id(), clock.instant())
                .add(p + "voltage", m.voltageV(), Unit.VOLT, m.voltagePlausible())
                .add(p + "current", m.currentA(), Unit.AMPERE, m.currentPlausible())
                .add(p + "power", m.powerW(), Unit.WATT, m.powerPlausible())
                .add(p + "power_factor", m.powerFactor(), Unit.NONE, m.powerFactorPlausible())
                .add("frequency", m.frequencyHz(), Unit.HERTZ, m.frequencyPlausible())
                .add("energy", m.energyWh(), Unit.WATT_HOUR)
                .add("alarm", m.alarm() ? 1 : 0, Unit.NONE)
                .readings());
    }

    @Override
    public void close() {
        bus.detach(member);
    }

    @Override
    public String toString() {
        return "PZEM-004T " + settings.id() + " at address " + settings.address() + " on " + bus.path();
    }
}
