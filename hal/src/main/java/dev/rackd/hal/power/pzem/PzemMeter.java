package dev.rackd.hal.power.pzem;

import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import dev.rackd.hal.modbus.ModbusBus;
import dev.rackd.hal.modbus.ModbusDevice;
import dev.rackd.hal.modbus.ModbusException;
import dev.rackd.hal.modbus.ModbusMaster;
import dev.rackd.hal.poll.ReadingBatch;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A PZEM-004T v3 on a shared Modbus bus: reads all ten registers each poll and reports
 * {@code lN_voltage}, {@code lN_current}, {@code lN_power}, {@code lN_power_factor}, {@code frequency},
 * {@code energy} (Wh) and {@code alarm} (0/1). A voltage above the meter's range is a fault that keeps its number.
 */
public final class PzemMeter extends ModbusDevice {
    private final PzemSettings settings;
    private final Clock clock;

    public PzemMeter(PzemSettings settings, ModbusBus bus, Clock clock) {
        super(settings.id(), settings.poll(), settings.offlineAfterFailures(), bus);
        this.settings = settings;
        this.clock = clock;
    }

    /** Zeroes the meter's energy counter (function 0x42); completes when the meter confirmed it. */
    public CompletableFuture<Void> resetEnergy() {
        return bus().submit(() -> {
            bus().exchange(settings.address(), PzemCodec.RESET_ENERGY, new byte[0], PzemCodec.RESET_ANSWER);
            return null;
        });
    }

    @Override
    protected List<Reading> read(ModbusMaster master) throws ModbusException, IOException {
        PzemMeasurement m = PzemCodec.decode(master.readInputRegisters(settings.address(), 0, PzemCodec.REGISTERS));
        String p = settings.phase() + "_";
        return new ReadingBatch(settings.id(), clock.instant())
                .add(p + "voltage", m.voltageV(), Unit.VOLT, m.voltagePlausible(), m.voltageInRange())
                .add(p + "current", m.currentA(), Unit.AMPERE, m.currentPlausible())
                .add(p + "power", m.powerW(), Unit.WATT, m.powerPlausible())
                .add(p + "power_factor", m.powerFactor(), Unit.NONE, m.powerFactorPlausible())
                .add("frequency", m.frequencyHz(), Unit.HERTZ, m.frequencyPlausible())
                .add("energy", m.energyWh(), Unit.WATT_HOUR)
                .add("alarm", m.alarm() ? 1 : 0, Unit.NONE)
                .readings();
    }

    @Override
    public String toString() {
        return "PZEM-004T " + id() + " at address " + settings.address() + " on " + bus().path();
    }
}
