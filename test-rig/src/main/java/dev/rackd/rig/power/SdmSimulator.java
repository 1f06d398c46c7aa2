package dev.rackd.rig.power;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Eastron SDM630 (three phases) or SDM120 (one) as the SDM630-Modbus V2 / SDM120 manuals describe
 * them: every parameter an IEEE-754 float in two input registers, most significant word first; at most
 * 40 parameters (80 registers) per request; parameters that do not apply read as zero.
 */
final class SdmSimulator implements ModbusSlave {
    private final int address;
    private final List<Integer> phases;
    private final boolean threePhase;
    private final SupplyModel supply;
    private final LoadModel load;
    private final EnergyCounter importWh;

    /** @param phases the phases the meter measures, 1..3, in its own order */
    SdmSimulator(int address, List<Integer> phases, SupplyModel supply, LoadModel load, double startWh) {
        this.address = address;
        this.phases = List.copyOf(phases);
        this.threePhase = phases.size() == 3;
        this.supply = supply;
        this.load = load;
        this.importWh = new EnergyCounter(this::totalPowerW, startWh);
    }

    @Override
    public int address() {
        return address;
    }

    private double powerW(int p) {
        return supply.voltage(p) * load.current(p) * load.powerFactor(p);
    }

    private double totalPowerW() {
        return phases.stream().mapToDouble(this::powerW).sum();
    }

    /** Parameter start address to value, from the manual's input register table. */
    private Map<Integer, Double> parameters() {
        Map<Integer, Double> m = new TreeMap<>();
        for (int i = 0; i < phases.size(); i++) {
            int p = phases.get(i);
            double v = supply.voltage(p);
            double a = load.current(p);
            double pf = load.powerFactor(p);
            m.put(0x00 + 2 * i, v);
            m.put(0x06 + 2 * i, a);
            m.put(0x0C + 2 * i, v * a * pf);
            m.put(0x12 + 2 * i, v * a);
            m.put(0x18 + 2 * i, v * a * Math.sqrt(1 - pf * pf));
            m.put(0x1E + 2 * i, pf);
        }
        m.put(0x34, totalPowerW());
        m.put(0x46, supply.frequency());
        m.put(0x48, importWh.wattHours() / 1000.0);
        if (threePhase) {
            m.put(0xE0, load.neutralCurrent());
        }
        return m;
    }

    @Override
    public int[] inputRegisters(int start, int count) throws Refusal {
        if (count < 1 || count > 80) {
            throw new Refusal(ILLEGAL_DATA_VALUE);
        }
        if (start < 0 || start + count > 0x0200) {
            throw new Refusal(ILLEGAL_DATA_ADDRESS);
        }
        Map<Integer, Double> params = parameters();
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            int reg = start + i;
            int bits = Float.floatToIntBits(params.getOrDefault(reg & ~1, 0.0).floatValue());
            out[i] = (reg & 1) == 0 ? bits >>> 16 : bits & 0xFFFF;
        }
        return out;
    }
}
