package dev.rackd.rig.amps;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The data of each answer a simulated Powersoft amp gives, laid out as docs/amplifiers.md describes them.
 * Returns null for a command the device does not know (it then stays silent, as the real one does).
 */
final class PowersoftAnswerBuilder {
    private final SimulatedAmp amp;
    private final String model;

    PowersoftAnswerBuilder(SimulatedAmp amp, String model) {
        this.amp = amp;
        this.model = model;
    }

    byte[] answer(int cmd, byte[] req) {
        return switch (cmd) {
            case 0 -> new byte[0];
            case 1 -> amp.read(this::gainsAndMutes);
            case 3 -> writeMute(req);
            case 5 -> writeGain(req);
            case 11 -> info();
            case 13 -> amp.read(a -> load(a, req));
            case 14 -> standby(req);
            case 19 -> loadMonitor(req);
            case 25 -> amp.read(this::alarms);
            case 28 -> amp.read(this::meters);
            default -> null;
        };
    }

    private byte[] gainsAndMutes(SimulatedAmp a) {
        int n = a.channelCount();
        ByteBuffer b = le(4 + 6 * n).put((byte) 1).put((byte) n).putShort((short) 0);
        for (int ch = 1; ch <= n; ch++) {
            b.putShort((short) 0);
        }
        for (int ch = 1; ch <= n; ch++) {
            b.putShort((short) Math.round(a.channel(ch).gainDb * 100));
        }
        for (int ch = 1; ch <= n; ch++) {
            b.put((byte) 0);
        }
        for (int ch = 1; ch <= n; ch++) {
            b.put((byte) (a.channel(ch).muted ? 1 : 0));
        }
        return b.array();
    }

    private byte[] writeMute(byte[] req) {
        if (req.length < 2) {
            return new byte[] {0, 0, 0, 0};
        }
        int ch = (req[0] & 0xFF) + 1;
        boolean ok = ch <= amp.channelCount() && (req[1] == 0 || req[1] == 1);
        if (ok) {
            amp.setMute(ch, req[1] == 1);
        }
        return new byte[] {(byte) (ok ? 1 : 0), req[0], req[1], 0};
    }

    private byte[] writeGain(byte[] req) {
        if (req.length < 4) {
            return new byte[] {0, 0, 0, 0};
        }
        int ch = (req[0] & 0xFF) + 1;
        short centi = ByteBuffer.wrap(req, 2, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        boolean ok = ch <= amp.channelCount() && centi >= -6000 && centi <= 1500;
        if (ok) {
            amp.setGain(ch, centi / 100.0);
        }
        return le(4).put((byte) (ok ? 1 : 0)).put(req[0]).putShort(centi).array();
    }

    private byte[] info() {
        byte[] d = new byte[128];
        String[] fields = {"Powersoft", "Quattrocanali", model, "SIM" + Integer.toHexString(System.identityHashCode(amp))};
        for (int i = 0; i < 4; i++) {
            byte[] s = fields[i].getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(s, 0, d, 32 * i, Math.min(31, s.length));
        }
        return d;
    }

    /** READALARMS: the measured load is valid only while the channel is not muted or in standby. */
    private byte[] load(SimulatedAmp a, byte[] req) {
        int ch = req.length > 0 ? (req[0] & 0xFF) + 1 : 0;
        if (ch < 1 || ch > a.channelCount()) {
            return new byte[] {0, 0, 0, 0};
        }
        SimulatedChannel c = a.channel(ch);
        boolean measurable = !c.muted && !a.standby();
        int tenths = (int) Math.min(65535, Math.round(c.loadOhms() * 10));
        ByteBuffer b = le(20).put((byte) 1).put((byte) (ch - 1));
        b.put((byte) 0).put((byte) 0).putShort((short) 0); // pilot tone: not generated
        b.put((byte) (measurable ? 1 : 0)).put((byte) 1).putShort((short) tenths);
        b.put((byte) (measurable ? 1 : 0)).put((byte) 1).putShort((short) tenths);
        b.put((byte) 0).put((byte) 0).put((byte) 0);
        return b.array();
    }

    private byte[] standby(byte[] req) {
        int action = req.length > 0 ? req[0] : -1;
        if (action == 1 || action == 2) {
            amp.setStandby(action == 2);
        } else if (action != 0) {
            return new byte[] {0, 0, 0, 0};
        }
        return new byte[] {1, (byte) (amp.read(SimulatedAmp::standby) ? 1 : 2), 0, 0};
    }

    private byte[] loadMonitor(byte[] req) {
        int ch = req.length > 0 ? req[0] & 0xFF : 0;
        return le(10).put((byte) 1).put((byte) ch).put((byte) 1).put((byte) 0)
                .putShort((short) 20_000).putShort((short) 40).putShort((short) 160).array();
    }

    private byte[] alarms(SimulatedAmp a) {
        int n = a.channelCount();
        int global = (a.mainsFault() ? 1 : 0) | (a.fanFault() ? 1 << 6 : 0);
        ByteBuffer b = le(8 + 4 * n).put((byte) 1).put((byte) 0).putShort((short) 0);
        for (int ch = 1; ch <= n; ch++) {
            if (a.channel(ch).overTemperature()) {
                global |= 1 << 7;
            }
        }
        b.putInt(global);
        for (int ch = 1; ch <= n; ch++) {
            SimulatedChannel c = a.channel(ch);
            int w = (c.clipping(a.standby()) ? 1 : 0) | (c.limiting() ? 1 << 1 : 0) | (c.overTemperature() ? 1 << 3 : 0)
                    | (c.lowLoadProtection() ? 1 << 7 : 0);
            b.putInt(w);
        }
        return b.array();
    }

    private byte[] meters(SimulatedAmp a) {
        int n = a.channelCount();
        ByteBuffer b = le(4 * n + 4);
        int presence = 0;
        for (int ch = 1; ch <= n; ch++) {
            b.putShort((short) Math.round(a.channel(ch).outputVolts(a.standby()) * 10));
        }
        for (int ch = 1; ch <= n; ch++) {
            SimulatedChannel c = a.channel(ch);
            double v = c.wantedVolts(a.standby());
            double headroom = v <= 0 ? 60 : Math.min(60, 20 * Math.log10(SimulatedChannel.RAIL_VOLTS / v));
            b.putShort((short) Math.round(headroom * 100));
            if (v > 0 && ch <= 8) {
                presence |= 1 << (ch - 1);
            }
        }
        b.put((byte) presence);
        return b.array();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
