package dev.rackd.hal.power.sdm;

import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import dev.rackd.hal.modbus.ModbusBus;
import dev.rackd.hal.modbus.ModbusDevice;
import dev.rackd.hal.modbus.ModbusException;
import dev.rackd.hal.modbus.ModbusMaster;
import dev.rackd.hal.poll.ReadingBatch;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * An Eastron SDM630 or SDM120 on a shared Modbus bus. Reports per phase {@code lN_voltage},
 * {@code lN_current}, {@code lN_power}, {@code lN_power_factor}; and {@code frequency}, {@code power}
 * (sum of the phases), {@code energy} (import, Wh) and, on the SDM630, {@code neutral_current}.
 */
public final class SdmMeter extends ModbusDevice {
    private final SdmSettings settings;
    private final Clock clock;

    public SdmMeter(SdmSettings settings, ModbusBus bus, Clock clock) {
        super(settings.id(), settings.poll(), settings.offlineAfterFailures(), bus);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected List<Reading> read(ModbusMaster master) throws ModbusException, IOException {
        List<int[]> blocks = new ArrayList<>();
        for (SdmModel.Block b : settings.model().blocks()) {
            blocks.add(master.readInputRegisters(settings.address(), b.start(), b.count()));
        }
        SdmMeasurement m = SdmCodec.decode(settings.model(), blocks);
        ReadingBatch batch = new ReadingBatch(settings.id(), clock.instant());
        for (int ph = 0; ph < m.phases(); ph++) {
            String p = settings.phases().get(ph) + "_";
            double volts = m.voltageV(ph);
            batch.add(p + "voltage", volts, Unit.VOLT, SdmMeasurement.voltagePlausible(volts),
                    volts <= settings.model().maxVoltage())
                    .add(p + "current", m.currentA(ph), Unit.AMPERE, SdmMeasurement.currentPlausible(m.currentA(ph)))
                    .add(p + "power", m.powerW(ph), Unit.WATT)
                    .add(p + "power_factor", m.powerFactor(ph), Unit.NONE,
                            SdmMeasurement.powerFactorPlausible(m.powerFactor(ph)));
        }
        batch.add("frequency", m.frequencyHz(), Unit.HERTZ, SdmMeasurement.frequencyPlausible(m.frequencyHz()))
                .add("power", m.totalPowerW(), Unit.WATT)
                .add("energy", m.importKwh() * 1000.0, Unit.WATT_HOUR, m.importKwh() >= 0);
        if (settings.model().hasNeutral()) {
            batch.add("neutral_current", m.neutralCurrentA(), Unit.AMPERE,
                    SdmMeasurement.currentPlausible(m.neutralCurrentA()));
        }
        return batch.readings();
    }

    @Override
    public String toString() {
        return settings.model() + " " + id() + " at address " + settings.address() + " on " + bus().path();
    }
}
