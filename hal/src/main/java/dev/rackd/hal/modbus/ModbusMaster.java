package dev.rackd.hal.modbus;

import java.io.IOException;

/**
 * What a meter driver may ask of its bus, on the bus thread only. Retries are the bus's business: an
 * exception here means the device did not answer usefully after all of them.
 */
public interface ModbusMaster {
    /**
     * Sends one request and returns the answer's data bytes.
     *
     * @throws ModbusException the device did not answer usefully (after retries)
     * @throws IOException     the port itself failed (adapter unplugged); the bus reopens it
     */
    byte[] exchange(int address, int function, byte[] data, ResponseShape shape) throws ModbusException, IOException;

    /** Function 0x04: {@code count} input registers from {@code start}. */
    default int[] readInputRegisters(int address, int start, int count) throws ModbusException, IOException {
        byte[] req = new byte[] {(byte) (start >>> 8), (byte) start, (byte) (count >>> 8), (byte) count};
        return RtuCodec.registers(exchange(address, RtuCodec.READ_INPUT_REGISTERS, req, ResponseShape.byteCount()),
                count);
    }
}
