package dev.rackd.hal.power.sdm;

import dev.rackd.hal.Decimals;
import dev.rackd.hal.modbus.ModbusException;
import java.util.List;

/**
 * Eastron input registers: every value is an IEEE-754 float32 in two registers, HIGH word first.
 * Offsets inside the first block, per phase p (0-based): voltage 0x00 + 2p, current 0x06 + 2p,
 * power 0x0C + 2p, power factor 0x1E + 2p.
 */
public final class SdmCodec {
    private SdmCodec() {}

    /** Float from two registers, high word first. */
    public static float float32(int[] regs, int at) {
        return Float.intBitsToFloat(regs[at] << 16 | regs[at + 1] & 0xFFFF);
    }

    /** The float as the meter meant it: 230.1, not 230.10000610351562. */
    static double decimal(int[] regs, int at) {
        return Decimals.widen(float32(regs, at));
    }

    /** Decodes the registers of {@link SdmModel#blocks()}, in that order. */
    public static SdmMeasurement decode(SdmModel model, List<int[]> blocks) throws ModbusException {
        if (blocks.size() != model.blocks().size()) {
            throw new ModbusException(ModbusException.Kind.MALFORMED,
                    model + " needs " + model.blocks().size() + " register blocks, got " + blocks.size());
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).length != model.blocks().get(i).count()) {
                throw new ModbusException(ModbusException.Kind.MALFORMED, "block " + i + " of " + model + " has "
                        + blocks.get(i).length + " registers, expected " + model.blocks().get(i).count());
            }
        }
        int[] a = blocks.get(0);
        int n = model.phases();
        double[] v = new double[n];
        double[] i = new double[n];
        double[] p = new double[n];
        double[] pf = new double[n];
        for (int ph = 0; ph < n; ph++) {
            v[ph] = decimal(a, 0x00 + 2 * ph);
            i[ph] = decimal(a, 0x06 + 2 * ph);
            p[ph] = decimal(a, 0x0C + 2 * ph);
            pf[ph] = decimal(a, 0x1E + 2 * ph);
        }
        int[] b = blocks.get(1);
        double neutral = model.hasNeutral() ? decimal(blocks.get(2), 0) : Double.NaN;
        return new SdmMeasurement(v, i, p, pf, decimal(b, 0), decimal(b, 2), neutral);
    }
}
