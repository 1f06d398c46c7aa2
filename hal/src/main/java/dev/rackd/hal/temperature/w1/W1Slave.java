package dev.rackd.hal.temperature.w1;

import dev.rackd.hal.temperature.SysfsFormatException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code /sys/bus/w1/devices/28-xxxxxxxxxxxx/w1_slave}, which the w1_therm driver writes as two
 * lines of the nine scratchpad bytes:
 * <pre>
 * 72 01 4b 46 7f ff 0e 10 57 : crc=57 YES
 * 72 01 4b 46 7f ff 0e 10 57 t=23125
 * </pre>
 */
public final class W1Slave {
    private static final Pattern FIRST = Pattern.compile("^((?:[0-9a-fA-F]{2} ){9}): crc=[0-9a-fA-F]{2} (YES|NO)\\s*$");
    private static final Pattern SECOND = Pattern.compile("^((?:[0-9a-fA-F]{2} ){9})t=(-?\\d{1,7})\\s*$");

    private W1Slave() {}

    public static W1Sample parse(String text) throws SysfsFormatException {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2) {
            throw new SysfsFormatException("w1_slave should have two lines, got " + describe(text));
        }
        Matcher first = FIRST.matcher(lines[0]);
        if (!first.matches()) {
            throw new SysfsFormatException("w1_slave first line is not 'bytes : crc=XX YES|NO': " + describe(lines[0]));
        }
        Matcher second = SECOND.matcher(lines[1]);
        if (!second.matches()) {
            throw new SysfsFormatException("w1_slave second line is not 'bytes t=millidegrees': "
                    + describe(lines[1]));
        }
        boolean allZero = first.group(1).replace("00 ", "").isEmpty();
        return new W1Sample("YES".equals(first.group(2)), Integer.parseInt(second.group(2)), allZero);
    }

    private static String describe(String s) {
        String shown = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        return "'" + shown.replace("\n", "\\n") + "'";
    }
}
