package dev.rackd.rig.amps;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The objects of a simulated AES70 amp, one per role of the device model's object map, answering the methods
 * AES70-1 gives their classes: OcaGain and OcaMute get/set (4.1/4.2), float and impedance sensors GetReading
 * (4.1), boolean sensors GetReading (5.1), the standby boolean actuator Get/SetSetting (5.1/5.2).
 */
final class Aes70DeviceObjects {
    static final int OK = 0;
    static final int BAD_ONO = 5;
    static final int PARAMETER_ERROR = 6;
    static final int OUT_OF_RANGE = 7;
    static final int BAD_METHOD = 11;
    static final float MIN_GAIN = -60f;
    static final float MAX_GAIN = 15f;

    record Result(int status, int paramCount, byte[] params) {}

    /** @param channel 0 for the amp as a whole */
    record Obj(long ono, String role, String kind, int channel) {
        int propertyLevel() {
            return kind.equals("flag") || kind.equals("standby") ? 5 : 4;
        }
    }

    private final SimulatedAmp amp;
    private final Map<Long, Obj> byOno = new HashMap<>();

    Aes70DeviceObjects(SimulatedAmp amp, Map<String, Long> roles) {
        this.amp = amp;
        roles.forEach((role, ono) -> byOno.put(ono, new Obj(ono, role, kindOf(role), channelOf(role))));
    }

    Obj get(long ono) {
        return byOno.get(ono);
    }

    Set<Long> onos() {
        return byOno.keySet();
    }

    Result call(long ono, int level, int index, ByteBuffer params) {
        Obj o = byOno.get(ono);
        if (o == null) {
            return new Result(BAD_ONO, 0, new byte[0]);
        }
        int getter = o.propertyLevel();
        if (level == getter && index == 1) {
            return amp.read(a -> new Result(OK, o.kind.matches("gain|temperature|voltage|impedance") ? 3 : 1, getValue(a, o)));
        }
        if (level == getter && index == 2 && o.kind.matches("gain|mute|standby")) {
            return set(o, params);
        }
        return new Result(BAD_METHOD, 0, new byte[0]);
    }

    /** The encoded current value of the object's main property, as a notification carries it. */
    byte[] value(Obj o) {
        return amp.read(a -> {
            ByteBuffer b = ByteBuffer.wrap(getValue(a, o));
            byte[] first = new byte[o.kind.equals("impedance") ? 8 : o.kind.matches("gain|temperature|voltage") ? 4 : 1];
            b.get(first);
            return first;
        });
    }

    private Result set(Obj o, ByteBuffer p) {
        if (o.kind.equals("gain")) {
            if (p.remaining() < 4) {
                return new Result(PARAMETER_ERROR, 0, new byte[0]);
            }
            float g = p.getFloat();
            if (!(g >= MIN_GAIN && g <= MAX_GAIN)) {
                return new Result(OUT_OF_RANGE, 0, new byte[0]);
            }
            amp.setGain(o.channel, g);
        } else {
            int v = p.hasRemaining() ? p.get() & 0xFF : -1;
            if (o.kind.equals("mute") && (v == 1 || v == 2)) {
                amp.setMute(o.channel, v == 1);
            } else if (o.kind.equals("standby") && (v == 0 || v == 1)) {
                amp.setStandby(v == 1);
            } else {
                return new Result(PARAMETER_ERROR, 0, new byte[0]);
            }
        }
        return new Result(OK, 0, new byte[0]);
    }

    /** The getter's whole answer: value (and minimum, maximum where the class has them). */
    private static byte[] getValue(SimulatedAmp a, Obj o) {
        SimulatedChannel c = o.channel > 0 ? a.channel(o.channel) : null;
        ByteBuffer b = ByteBuffer.allocate(24);
        switch (o.kind) {
            case "gain" -> b.putFloat((float) c.gainDb).putFloat(MIN_GAIN).putFloat(MAX_GAIN);
            case "mute" -> b.put((byte) (c.muted ? 1 : 2));
            case "temperature" -> b.putFloat(tenths(c == null ? 35.0 : c.heat.temperatureC())).putFloat(-20f).putFloat(150f);
            case "voltage" -> b.putFloat(tenths(c == null ? 230.0 : c.outputVolts(a.standby()))).putFloat(0f).putFloat(400f);
            case "impedance" -> b.putFloat((float) c.loadOhms()).putFloat(0f).putFloat(0f).putFloat(0f).putFloat(10000f).putFloat(0f);
            case "standby" -> b.put((byte) (a.standby() ? 1 : 0));
            default -> b.put((byte) (flag(a, o) ? 1 : 0));
        }
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    /** Sensors resolve a tenth, so a slowly warming channel notifies a few times a second, not on every tick. */
    private static float tenths(double v) {
        return Math.round(v * 10) / 10f;
    }

    private static boolean flag(SimulatedAmp a, Obj o) {
        if (o.channel == 0) {
            return o.role.startsWith("mains") ? a.mainsFault() : o.role.startsWith("fan") && a.fanFault();
        }
        SimulatedChannel c = a.channel(o.channel);
        return switch (o.role.substring(o.role.lastIndexOf('_') + 1)) {
            case "clip" -> c.clipping(a.standby());
            case "protect" -> c.protecting();
            default -> c.overTemperature() || c.lowLoadProtection();
        };
    }

    private static String kindOf(String role) {
        for (String k : new String[] {"gain", "mute", "temperature", "voltage", "impedance", "standby"}) {
            if (role.equals(k) || role.endsWith("_" + k)) {
                return k;
            }
        }
        return "flag";
    }

    private static int channelOf(String role) {
        if (role.matches("ch\\d+_.*")) {
            return Integer.parseInt(role.substring(2, role.indexOf('_')));
        }
        return 0;
    }
}
