package dev.rackd.hal.amps.powersoft;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One Powersoft UDP message, request or answer.
 *
 * @param command    0..127 for a request; an answer carries the complement of the request's command (128..255)
 * @param cookie     16 bits chosen by the sender of a request and echoed in its answer
 * @param answerPort the UDP port a request wants its answer on (0 = 1234); 0 in answers
 * @param data       the payload, up to 65535 bytes
 */
public record PowersoftFrame(int command, int cookie, int answerPort, byte[] data) {
    public PowersoftFrame {
        check("command", command, 0xFF);
        check("cookie", cookie, 0xFFFF);
        check("answer port", answerPort, 0xFFFF);
        check("data length", data.length, 0xFFFF);
        data = data.clone();
    }

    /** The command an answer to a request with {@code requestCommand} carries. */
    public static int answerTo(int requestCommand) {
        return ~requestCommand & 0xFF;
    }

    public boolean isAnswer() {
        return command >= 0x80;
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PowersoftFrame f && f.command == command && f.cookie == cookie
                && f.answerPort == answerPort && Arrays.equals(f.data, data);
    }

    @Override
    public int hashCode() {
        return ((command * 31 + cookie) * 31 + answerPort) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "PowersoftFrame[command=" + command + ", cookie=" + cookie + ", answerPort=" + answerPort
                + ", data=" + HexFormat.ofDelimiter(" ").formatHex(data) + "]";
    }

    private static void check(String what, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(what + " " + value + " is outside 0.." + max);
        }
    }
}
