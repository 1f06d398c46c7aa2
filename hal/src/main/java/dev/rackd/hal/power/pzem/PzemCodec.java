package dev.rackd.hal.power.pzem;

import dev.rackd.hal.modbus.ModbusException;
import dev.rackd.hal.modbus.ResponseShape;
import dev.rackd.hal.modbus.RtuCodec;

/**
 * The PZEM-004T v3 register map (its datasheet, "Modbus-RTU communication protocol"): ten input
 * registers from 0x0000; 32-bit values are two registers, LOW word first.
 *
 * <pre>
 * 0x0000 voltage 0.1 V        0x0001/2 current 0.001 A   0x0003/4 power 0.1 W
 * 0x0005/6 energy 1 Wh        0x0007 frequency 0.1 Hz    0x0008 power factor 0.01
 * 0x0009 alarm (0xFFFF = alarm, 0x0000 = none)
 * </pre>
 * Energy is reset by the vendor function 0x42, answered by an echo of address and function.
 */
public final class PzemCodec {
    public static final int REGISTERS = 10;
    public static final int RESET_ENERGY = 0x42;
    /** The reset answer carries no data: address, 0x42, CRC. */
    public static final ResponseShape RESET_ANSWER = ResponseShape.fixed(0);
    /** Addresses a PZEM accepts; 0xF8 talks to whichever single meter is on the line. */
    public static final int MIN_ADDRESS = 0x01;
    public static final int MAX_ADDRESS = 0xF7;
    public static final int ANY_SINGLE_METER = 0xF8;

    private PzemCodec() {}

    /** e.g. {@code 01 04 00 00 00 0A 70 0D} for address 1. */
    public static byte[] readAll(int address) {
        return RtuCodec.readInputRegisters(checkAddress(address), 0, REGISTERS);
    }

    /** e.g. {@code 01 42 80 11} for address 1. */
    public static byte[] resetEnergy(int address) {
        return RtuCodec.request(checkAddress(address), RESET_ENERGY);
    }

    /** Scales the ten registers; throws only if there are not ten. */
    public static PzemMeasurement decode(int[] regs) throws ModbusException {
        if (regs.length != REGISTERS) {
            throw new ModbusException(ModbusException.Kind.MALFORMED, "a PZEM answers 10 registers, got " + regs.length);
        }
        return new PzemMeasurement(
                regs[0] / 10.0,
                lowWordFirst(regs, 1) / 1000.0,
                lowWordFirst(regs, 3) / 10.0,
                lowWordFirst(regs, 5),
                regs[7] / 10.0,
                regs[8] / 100.0,
                regs[9] == 0xFFFF);
    }

    static long lowWordFirst(int[] regs, int at) {
        return (long) regs[at + 1] << 16 | regs[at];
    }

    static int checkAddress(int address) {
        if ((address < MIN_ADDRESS || address > MAX_ADDRESS) && address != ANY_SINGLE_METER) {
            throw new IllegalArgumentException("a PZEM address is 1..247 (or 248 for a lone meter), not " + address);
        }
        return address;
    }
}
