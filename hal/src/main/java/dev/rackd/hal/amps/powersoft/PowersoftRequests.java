package dev.rackd.hal.amps.powersoft;

/**
 * The data field of each request. Channels are numbered from 0 on the wire. Requests with fields pad
 * them to four bytes, as the STANDBY request does in the only byte-level example published (see
 * docs/amplifiers.md).
 */
public final class PowersoftRequests {
    /**
     * The output gain range the document gives: -60 dB to +15 dB in hundredths of a dB. (It writes the
     * upper end as "15000", which would be +150 dB in that unit; +15 dB is 1500.)
     */
    public static final int MIN_GAIN_CENTI_DB = -6000;
    public static final int MAX_GAIN_CENTI_DB = 1500;

    private PowersoftRequests() {}

    public static byte[] none() {
        return new byte[0];
    }

    public static byte[] writeOutputMute(int channel, boolean muted) {
        return new byte[] {channelByte(channel), (byte) (muted ? 1 : 0), 0, 0};
    }

    public static byte[] writeOutputGain(int channel, int gainCentiDb) {
        if (gainCentiDb < MIN_GAIN_CENTI_DB || gainCentiDb > MAX_GAIN_CENTI_DB) {
            throw new IllegalArgumentException("gain " + gainCentiDb / 100.0 + " dB is outside -60..+15 dB");
        }
        return new byte[] {channelByte(channel), 0, (byte) gainCentiDb, (byte) (gainCentiDb >> 8)};
    }

    /** READALARMS and READLOADMONITOR: one channel. */
    public static byte[] channel(int channel) {
        return new byte[] {channelByte(channel), 0, 0, 0};
    }

    public static byte[] standby(StandbyAction action) {
        return new byte[] {(byte) action.code(), 0, 0, 0};
    }

    /** The ON-OFF-READ field of STANDBY. */
    public enum StandbyAction {
        READ(0), OPERATE(1), STANDBY(2);

        private final int code;

        StandbyAction(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    private static byte channelByte(int channel) {
        if (channel < 0 || channel > 255) {
            throw new IllegalArgumentException("channel " + channel + " is outside 0..255");
        }
        return (byte) channel;
    }
}
