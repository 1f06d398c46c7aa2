package dev.rackd.hal.modbus;

/**
 * How long the answer to a request is, since RTU frames carry no end marker and timing gaps do not
 * survive USB adapters or pseudo-terminals.
 *
 * @param byteCounted true when the third byte counts the data bytes that follow (functions 0x03, 0x04);
 *                    otherwise the answer has exactly {@code dataBytes} after the function code
 */
public record ResponseShape(boolean byteCounted, int dataBytes) {
    public ResponseShape {
        if (dataBytes < 0 || dataBytes > 252) {
            throw new IllegalArgumentException("an RTU frame holds 0..252 data bytes, not " + dataBytes);
        }
    }

    /** Register reads: address, function, byte count, data, CRC. */
    public static ResponseShape byteCount() {
        return new ResponseShape(true, 0);
    }

    /** Fixed-size answers such as an echo: address, function, {@code dataBytes}, CRC. */
    public static ResponseShape fixed(int dataBytes) {
        return new ResponseShape(false, dataBytes);
    }
}
