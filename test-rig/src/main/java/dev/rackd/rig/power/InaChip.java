package dev.rackd.rig.power;

import com.pi4j.io.i2c.I2CConfig;
import com.pi4j.io.i2c.I2CProvider;
import com.pi4j.plugin.mock.provider.i2c.MockI2C;
import java.util.ArrayDeque;

/**
 * The device side of an INA219/INA226 on Pi4J's mock I2C. The mock keeps a FIFO of bytes per register
 * and answers -1 once it is empty, so before each register read the chip puts its latest conversion
 * there, big-endian as on the wire. A chip that stops answering (pulled, or a dead bus) leaves its
 * registers empty: the host sees a read that returns nothing.
 */
final class InaChip extends MockI2C {
    private final InaRegisterMap map;
    private final DcRail rail;

    InaChip(I2CProvider provider, I2CConfig config, InaRegisterMap map, DcRail rail) {
        super(provider, config);
        this.map = map;
        this.rail = rail;
    }

    @Override
    public synchronized int readRegister(int register, byte[] buffer, int offset, int length) {
        if (register < 0 || register >= registers.length) {
            return -1;
        }
        registers[register] = new ArrayDeque<>();
        int word = rail.answering() ? map.word(register, rail.busVolts(), rail.shuntVolts()) : -1;
        if (word < 0) {
            return -1;
        }
        super.writeRegister(register, new byte[] {(byte) (word >> 8), (byte) word}, 0, 2);
        return super.readRegister(register, buffer, offset, length);
    }
}
