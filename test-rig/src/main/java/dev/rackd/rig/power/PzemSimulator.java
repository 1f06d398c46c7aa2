package dev.rackd.rig.power;

/**
 * A PZEM-004T v3 as its datasheet describes it: ten input registers from 0x0000 (voltage 0.1 V; current
 * 0.001 A, power 0.1 W and energy 1 Wh as 32 bits with the low 16 bits in the first register; frequency
 * 0.1 Hz; power factor 0.01; alarm 0xFFFF when power exceeds the alarm threshold), and 0x42 to zero the
 * energy counter.
 */
final class PzemSimulator implements ModbusSlave {
    private static final double ALARM_THRESHOLD_W = 23_000; // the datasheet's factory default

    private final int address;
    private final int phase;
    private final SupplyModel supply;
    private final LoadModel load;
    private final EnergyCounter energy;

    PzemSimulator(int address, int phase, SupplyModel supply, LoadModel load, double startWh) {
        this.address = address;
        this.phase = phase;
        this.supply = supply;
        this.load = load;
        this.energy = new EnergyCounter(this::powerW, startWh);
    }

    @Override
    public int address() {
        return address;
    }

    private double powerW() {
        return supply.voltage(phase) * load.current(phase) * load.powerFactor(phase);
    }

    @Override
    public int[] inputRegisters(int start, int count) throws Refusal {
        if (count < 1 || count > 10) {
            throw new Refusal(ILLEGAL_DATA_VALUE);
        }
        if (start < 0 || start + count > 10) {
            throw new Refusal(ILLEGAL_DATA_ADDRESS);
        }
        double watts = powerW();
        long milliAmps = Math.round(load.current(phase) * 1000);
        long deciWatts = Math.round(watts * 10);
        long wh = (long) energy.wattHours();
        int[] all = {
            clamp16(Math.round(supply.voltage(phase) * 10)),
            (int) (milliAmps & 0xFFFF), (int) (milliAmps >>> 16 & 0xFFFF),
            (int) (deciWatts & 0xFFFF), (int) (deciWatts >>> 16 & 0xFFFF),
            (int) (wh & 0xFFFF), (int) (wh >>> 16 & 0xFFFF),
            clamp16(Math.round(supply.frequency() * 10)),
            clamp16(Math.round(load.powerFactor(phase) * 100)),
            watts > ALARM_THRESHOLD_W ? 0xFFFF : 0x0000,
        };
        int[] out = new int[count];
        System.arraycopy(all, start, out, 0, count);
        return out;
    }

    @Override
    public void resetEnergy() {
        energy.reset();
    }

    private static int clamp16(long v) {
        return (int) Math.max(0, Math.min(0xFFFF, v));
    }
}
