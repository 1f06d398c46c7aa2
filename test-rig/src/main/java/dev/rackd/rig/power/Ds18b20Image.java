package dev.rackd.rig.power;

import java.util.HexFormat;

/**
 * What the kernel's w1_therm driver shows for a DS18B20, built from the Maxim datasheet: the nine
 * scratchpad bytes (temperature LSB/MSB in 1/16 °C at 12 bits, TH, TL, configuration 0x7F, three reserved
 * bytes, CRC-8 over the first eight with x^8+x^5+x^4+1), then {@code crc=XX YES|NO} and
 * {@code t=millidegrees} as the driver prints them.
 */
final class Ds18b20Image {
    private static final HexFormat HEX = HexFormat.of();

    private Ds18b20Image() {}

    /** How the scratchpad is spoiled. */
    enum Spoil { NONE, CRC_ERROR, POWER_ON, ALL_ZERO }

    static String w1Slave(double celsius, Spoil spoil) {
        int raw = switch (spoil) {
            case POWER_ON -> 0x0550; // 85 °C, the power-on reset value
            case ALL_ZERO -> 0;
            default -> (int) Math.round(celsius * 16);
        };
        byte[] pad = spoil == Spoil.ALL_ZERO ? new byte[9]
                : new byte[] {(byte) raw, (byte) (raw >> 8), 0x4B, 0x46, 0x7F, (byte) 0xFF, 0x0C, 0x10, 0};
        if (spoil != Spoil.ALL_ZERO) {
            pad[8] = (byte) crc8(pad, 8);
        }
        if (spoil == Spoil.CRC_ERROR) {
            pad[1] ^= 0x04; // a bit flipped on the wire
        }
        int computed = crc8(pad, 8);
        boolean ok = computed == (pad[8] & 0xFF);
        int milli = (short) ((pad[1] & 0xFF) << 8 | (pad[0] & 0xFF)) * 1000 / 16;
        StringBuilder bytes = new StringBuilder();
        for (byte b : pad) {
            bytes.append(HEX.toHexDigits(b)).append(' ');
        }
        return bytes + ": crc=" + HEX.toHexDigits((byte) computed) + (ok ? " YES" : " NO") + "\n"
                + bytes + "t=" + milli + "\n";
    }

    /** Dallas/Maxim CRC-8, bit by bit, least significant bit first (datasheet figure 11). */
    static int crc8(byte[] b, int len) {
        int crc = 0;
        for (int i = 0; i < len; i++) {
            int in = b[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                int mix = (crc ^ in) & 1;
                crc >>>= 1;
                if (mix != 0) {
                    crc ^= 0x8C;
                }
                in >>>= 1;
            }
        }
        return crc;
    }
}
