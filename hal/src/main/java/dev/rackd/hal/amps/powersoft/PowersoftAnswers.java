package dev.rackd.hal.amps.powersoft;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the data field of each answer. Multi-byte fields are little-endian. An answer whose answer_ok
 * flag is not 1 is returned with {@code ok == false} and no content; the caller treats it as a refusal.
 * Layouts that the readable part of the document does not spell out byte by byte are marked in
 * docs/amplifiers.md as assumptions.
 */
public final class PowersoftAnswers {
    private static final int INFO_FIELD = 32;

    private PowersoftAnswers() {}

    /** answer_ok, num_channels, 2 reserved, then N input gains, N output gains, N input mutes, N output mutes. */
    public static GainsAndMutes gainsAndMutes(byte[] d) throws PowersoftFrameException {
        if (!ok(d, "READGM")) {
            return new GainsAndMutes(false, List.of());
        }
        need(d, 4, "READGM");
        int declared = d[1] & 0xFF;
        int body = d.length - 4;
        if (body % 6 != 0) {
            throw new PowersoftFrameException("READGM answer of " + d.length + " bytes is not 4 + 6 per channel");
        }
        int slots = body / 6;
        if (declared > slots) {
            throw new PowersoftFrameException("READGM says " + declared + " channels but carries " + slots);
        }
        List<GainsAndMutes.Channel> channels = new ArrayList<>(declared);
        for (int ch = 0; ch < declared; ch++) {
            int inGain = s16(d, 4 + 2 * ch);
            int outGain = s16(d, 4 + 2 * slots + 2 * ch);
            boolean inMute = d[4 + 4 * slots + ch] != 0;
            boolean outMute = d[4 + 5 * slots + ch] != 0;
            channels.add(new GainsAndMutes.Channel(ch, inGain, outGain, inMute, outMute));
        }
        return new GainsAndMutes(true, channels);
    }

    /** WRITEOUTMUTE: answer_ok, CHANNEL, OUTMUTE, 0. */
    public static WriteEcho muteEcho(byte[] d) throws PowersoftFrameException {
        if (!ok(d, "WRITEOUTMUTE")) {
            return new WriteEcho(false, -1, -1);
        }
        need(d, 3, "WRITEOUTMUTE");
        return new WriteEcho(true, d[1] & 0xFF, d[2] & 0xFF);
    }

    /** WRITEOUTGAIN: answer_ok, CHANNEL, OUTGAIN (int16). */
    public static WriteEcho gainEcho(byte[] d) throws PowersoftFrameException {
        if (!ok(d, "WRITEOUTGAIN")) {
            return new WriteEcho(false, -1, Integer.MIN_VALUE);
        }
        need(d, 4, "WRITEOUTGAIN");
        return new WriteEcho(true, d[1] & 0xFF, s16(d, 2));
    }

    /** 128 bytes: manufacturer, family, model, serial; 32 bytes each, NUL-terminated. */
    public static AmpInfo info(byte[] d) throws PowersoftFrameException {
        need(d, 4 * INFO_FIELD, "INFO");
        return new AmpInfo(text(d, 0), text(d, INFO_FIELD), text(d, 2 * INFO_FIELD), text(d, 3 * INFO_FIELD));
    }

    /**
     * READALARMS: answer_ok, channel, then for pilot tone, pilot-tone impedance and nominal impedance each
     * VALIDITY (u8), DETECTED (u8), RMS (u16); impedances in tenths of an ohm.
     */
    public static LoadReading load(byte[] d) throws PowersoftFrameException {
        if (!ok(d, "READALARMS")) {
            return new LoadReading(false, -1, Double.NaN, Double.NaN);
        }
        need(d, 14, "READALARMS");
        double pilot = d[6] != 0 ? u16(d, 8) / 10.0 : Double.NaN;
        double nominal = d[10] != 0 ? u16(d, 12) / 10.0 : Double.NaN;
        return new LoadReading(true, d[1] & 0xFF, nominal, pilot);
    }

    /** STANDBY: answer_ok, ON-OFF (2 operative, 1 standby), 0, 0. */
    public static StandbyState standby(byte[] d) throws PowersoftFrameException {
        if (!ok(d, "STANDBY")) {
            return new StandbyState(false, false);
        }
        need(d, 2, "STANDBY");
        return switch (d[1]) {
            case 1 -> new StandbyState(true, true);
            case 2 -> new StandbyState(true, false);
            default -> throw new PowersoftFrameException("STANDBY state " + (d[1] & 0xFF) + " is neither 1 nor 2");
        };
    }

    /** READLOADMONITOR: answer_ok, channel, ON_OFF, 0, LM_FREQ (Hz), LM_THL, LM_THH (tenths of an ohm). */
    public static LoadMonitorSettings loadMonitor(byte[] d) throws PowersoftFrameException {
        if (!ok(d, "READLOADMONITOR")) {
            return new LoadMonitorSettings(false, -1, false, 0, Double.NaN, Double.NaN);
        }
        need(d, 10, "READLOADMONITOR");
        return new LoadMonitorSettings(true, d[1] & 0xFF, d[2] != 0, u16(d, 4), u16(d, 6) / 10.0, u16(d, 8) / 10.0);
    }

    /** READALLALARMS2: answer_ok, gpio_alarms, 2 reserved, global_alarms (u32), one u32 per channel. */
    public static AlarmWords alarms(byte[] d) throws PowersoftFrameException {
        if (!ok(d, "READALLALARMS2")) {
            return new AlarmWords(false, 0, 0, new int[0]);
        }
        need(d, 8, "READALLALARMS2");
        if ((d.length - 8) % 4 != 0) {
            throw new PowersoftFrameException("READALLALARMS2 answer of " + d.length + " bytes is not 8 + 4 per channel");
        }
        int[] words = new int[(d.length - 8) / 4];
        for (int i = 0; i < words.length; i++) {
            words[i] = s32(d, 8 + 4 * i);
        }
        return new AlarmWords(true, d[1] & 0xFF, s32(d, 4), words);
    }

    /** OUTPUTMETER: N RMS voltages (tenths of a volt), N headrooms (hundredths of a dB), presence bits, 3 pad. */
    public static OutputMeters outputMeters(byte[] d) throws PowersoftFrameException {
        if (d.length < 4 || (d.length - 4) % 4 != 0) {
            throw new PowersoftFrameException("OUTPUTMETER answer of " + d.length + " bytes is not 4 per channel + 4");
        }
        int n = (d.length - 4) / 4;
        int presence = d[4 * n] & 0xFF;
        List<OutputMeters.Channel> channels = new ArrayList<>(n);
        for (int ch = 0; ch < n; ch++) {
            boolean signal = ch < 8 && (presence >>> ch & 1) != 0;
            channels.add(new OutputMeters.Channel(ch, u16(d, 2 * ch) / 10.0, s16(d, 2 * n + 2 * ch) / 100.0, signal));
        }
        return new OutputMeters(channels);
    }

    private static boolean ok(byte[] d, String what) throws PowersoftFrameException {
        need(d, 1, what);
        return d[0] == 1;
    }

    private static void need(byte[] d, int bytes, String what) throws PowersoftFrameException {
        if (d.length < bytes) {
            throw new PowersoftFrameException(what + " answer of " + d.length + " bytes; needs " + bytes);
        }
    }

    private static String text(byte[] d, int at) {
        int end = at;
        while (end < at + INFO_FIELD && d[end] != 0) {
            end++;
        }
        return new String(d, at, end - at, StandardCharsets.ISO_8859_1).strip();
    }

    static int u16(byte[] d, int at) {
        return PowersoftCodec.le16(d, at);
    }

    static int s16(byte[] d, int at) {
        return (short) PowersoftCodec.le16(d, at);
    }

    static int s32(byte[] d, int at) {
        return PowersoftCodec.le16(d, at) | PowersoftCodec.le16(d, at + 2) << 16;
    }
}
