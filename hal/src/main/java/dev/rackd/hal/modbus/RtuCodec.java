package dev.rackd.hal.modbus;

import dev.rackd.hal.modbus.ModbusException.Kind;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Modbus RTU framing as pure functions: requests out, answers checked and unwrapped. Every bad answer
 * becomes a {@link ModbusException}; nothing else is thrown for any input bytes.
 */
public final class RtuCodec {
    /** An RTU frame is at most 256 bytes; a byte-counted answer with a garbage count can claim 260. */
    public static final int MAX_FRAME = 260;
    public static final int READ_HOLDING_REGISTERS = 0x03;
    public static final int READ_INPUT_REGISTERS = 0x04;
    public static final int WRITE_SINGLE_REGISTER = 0x06;

    private RtuCodec() {}

    /** Address, function, data, CRC (low byte first). */
    public static byte[] request(int address, int function, byte... data) {
        if (address < 0 || address > 255 || function < 1 || function > 127) {
            throw new IllegalArgumentException("address 0..255 and function 1..127, got " + address + ", " + function);
        }
        byte[] f = new byte[data.length + 4];
        f[0] = (byte) address;
        f[1] = (byte) function;
        System.arraycopy(data, 0, f, 2, data.length);
        int crc = Crc16.of(f, 0, f.length - 2);
        f[f.length - 2] = (byte) crc;
        f[f.length - 1] = (byte) (crc >>> 8);
        return f;
    }

    /** Function 0x04 for {@code count} registers from {@code start}. */
    public static byte[] readInputRegisters(int address, int start, int count) {
        return readRegisters(address, READ_INPUT_REGISTERS, start, count);
    }

    /** Function 0x03 for {@code count} registers from {@code start}. */
    public static byte[] readHoldingRegisters(int address, int start, int count) {
        return readRegisters(address, READ_HOLDING_REGISTERS, start, count);
    }

    private static byte[] readRegisters(int address, int function, int start, int count) {
        if (start < 0 || start > 0xFFFF || count < 1 || count > 125) {
            throw new IllegalArgumentException("registers 0..65535, 1..125 at a time; got " + start + " x " + count);
        }
        return request(address, function, (byte) (start >>> 8), (byte) start, (byte) (count >>> 8), (byte) count);
    }

    /**
     * The total length of the answer to a request with {@code function}, once the first bytes tell it.
     *
     * @return the frame length, or -1 while more bytes are needed to know it
     */
    public static int expectedLength(byte[] buf, int len, int function, ResponseShape shape) {
        if (len < 2) {
            return -1;
        }
        if ((buf[1] & 0xFF) == (function | 0x80)) {
            return 5;
        }
        if (!shape.byteCounted()) {
            return 4 + shape.dataBytes();
        }
        return len < 3 ? -1 : 5 + (buf[2] & 0xFF);
    }

    /**
     * Checks a complete answer to a request to {@code address} with {@code function}.
     *
     * @return the data: after the byte count for byte-counted answers, after the function code otherwise
     */
    public static byte[] answer(byte[] frame, int len, int address, int function, ResponseShape shape)
            throws ModbusException {
        if (len < 4 || len > frame.length) {
            throw new ModbusException(Kind.MALFORMED, "answer of " + len + " bytes is too short to be a frame");
        }
        if (!Crc16.matches(frame, len)) {
            throw new ModbusException(Kind.CRC, "CRC error in " + hex(frame, len));
        }
        int from = frame[0] & 0xFF;
        if (from != address) {
            throw new ModbusException(Kind.WRONG_ADDRESS,
                    "answer came from address " + from + ", asked " + address + " (duplicate address on the bus?)");
        }
        int fc = frame[1] & 0xFF;
        if (fc == (function | 0x80)) {
            int code = len == 5 ? frame[2] & 0xFF : -1;
            throw new ModbusException(Kind.DEVICE_EXCEPTION,
                    "address " + address + " refused function 0x" + hex2(function) + ": " + exceptionName(code));
        }
        if (fc != function) {
            throw new ModbusException(Kind.MALFORMED,
                    "answer has function 0x" + hex2(fc) + ", asked 0x" + hex2(function));
        }
        int start = shape.byteCounted() ? 3 : 2;
        int count = shape.byteCounted() ? frame[2] & 0xFF : shape.dataBytes();
        if (len != start + count + 2) {
            throw new ModbusException(Kind.MALFORMED, "answer is " + len + " bytes, its header says " + (start + count + 2));
        }
        return Arrays.copyOfRange(frame, start, start + count);
    }

    /** Big-endian 16-bit registers from a register read's data. */
    public static int[] registers(byte[] data, int count) throws ModbusException {
        if (data.length != 2 * count) {
            throw new ModbusException(Kind.MALFORMED, data.length + " data bytes where " + count + " registers need "
                    + 2 * count);
        }
        int[] regs = new int[count];
        for (int i = 0; i < count; i++) {
            regs[i] = (data[2 * i] & 0xFF) << 8 | (data[2 * i + 1] & 0xFF);
        }
        return regs;
    }

    static String exceptionName(int code) {
        return switch (code) {
            case 1 -> "illegal function (1)";
            case 2 -> "illegal data address (2)";
            case 3 -> "illegal data value (3)";
            case 4 -> "device failure (4)";
            case 5 -> "acknowledge, still working (5)";
            case 6 -> "device busy (6)";
            default -> "exception code " + code;
        };
    }

    public static String hex(byte[] b, int len) {
        return HexFormat.ofDelimiter(" ").formatHex(b, 0, Math.min(len, b.length));
    }

    private static String hex2(int v) {
        return HexFormat.of().toHexDigits((byte) v);
    }
}
