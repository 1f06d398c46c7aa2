package dev.rackd.hal.wireless.sennheiser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Sennheiser media control protocol of ew G3/G4 (UDP port 53212): ASCII lines ending in CR, command keyword
 * then blank-separated parameters, case-sensitive. Pure functions only.
 */
public final class SennheiserCodec {
    public static final int DEFAULT_PORT = 53212;
    /** The protocol considers at most 1500 characters per datagram. */
    public static final int MAX_DATAGRAM = 1500;
    private static final Pattern ERROR = Pattern.compile("(\\d{3,5}): (.*)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,7}");

    private SennheiserCodec() {}

    /**
     * Subscribes for {@code timeoutSeconds}: cyclic attributes every {@code cyclicMillis} (100 ms resolution),
     * configuration attributes per {@code mode} (3: on change). All zero stops the sending.
     */
    public static String push(int timeoutSeconds, int cyclicMillis, int mode) {
        if (timeoutSeconds < 0 || timeoutSeconds > 300 || cyclicMillis < 0 || cyclicMillis > 60_000 || mode < 0
                || mode > 3) {
            throw new IllegalArgumentException("Push " + timeoutSeconds + " " + cyclicMillis + " " + mode
                    + " is out of range");
        }
        return "Push " + timeoutSeconds + " " + (cyclicMillis / 100 * 100) + " " + mode + "\r";
    }

    public static String setFrequency(long khz) {
        if (khz < 1 || khz > 9_999_999) {
            throw new IllegalArgumentException(khz + " kHz is not a frequency");
        }
        return "Frequency " + khz + "\r";
    }

    /** A get request: the keyword alone. */
    public static String get(String keyword) {
        return keyword + "\r";
    }

    /** Splits a datagram into lines (CR, LF or both). */
    public static List<String> lines(String datagram) {
        return Arrays.stream(datagram.split("[\r\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Decodes one line. Never throws. */
    public static SennheiserMessage decode(String line) {
        Matcher e = ERROR.matcher(line);
        if (e.matches()) {
            return new SennheiserMessage.Refused(Integer.parseInt(e.group(1)), e.group(2));
        }
        String[] t = line.strip().split(" +");
        int[] n = numbers(t);
        return switch (t[0]) {
            case "Frequency" -> n.length >= 1 && n[0] > 0
                    ? new SennheiserMessage.Frequency(n[0], n.length > 1 ? n[1] : 0, n.length > 2 ? n[2] : 0)
                    : other(line);
            case "RF" -> n.length == 3 && n[0] >= 0 && (n[1] == 1 || n[1] == 2) && (n[2] == 0 || n[2] == 1)
                    ? new SennheiserMessage.Rf(n[0], n[1], n[2] == 1) : other(line);
            case "AF" -> n.length == 3 && n[0] >= 0 && n[1] >= 0 && n[2] >= 0 && n[2] <= 15
                    ? new SennheiserMessage.Af(n[0], n[1], n[2]) : other(line);
            case "Bat" -> battery(t, n, line);
            case "Msg" -> t.length >= 2 ? warnings(t) : other(line);
            case "Name" -> new SennheiserMessage.Name(line.strip().length() > 4 ? line.strip().substring(5).strip() : "");
            case "Mute" -> n.length == 1 && (n[0] == 0 || n[0] == 1) ? new SennheiserMessage.Mute(n[0] == 1)
                    : other(line);
            default -> other(line);
        };
    }

    /** RF level % to dBm: 100 % is 40 dBµV, and 0 dBm is 107 dBµV at 50 ohms. */
    public static double rfDbm(int levelPercent) {
        return levelPercent * 0.4 - 107;
    }

    /** Audio level % to dBFS: 0 % is -50 dB, 100 % is full scale. */
    public static double audioDbfs(int levelPercent) {
        return levelPercent * 0.5 - 50;
    }

    /** Battery % (0/30/70/100) onto the 0-5 bar scale Shure receivers use: 0, 1, 3, 5. */
    public static int batteryBars(int percent) {
        return Math.max(0, Math.min(5, percent / 20));
    }

    private static SennheiserMessage battery(String[] t, int[] n, String line) {
        if (t.length == 2 && t[1].equals("?")) {
            return new SennheiserMessage.Battery(OptionalInt.empty());
        }
        return n.length == 1 && n[0] >= 0 && n[0] <= 100 ? new SennheiserMessage.Battery(OptionalInt.of(n[0]))
                : other(line);
    }

    private static SennheiserMessage warnings(String[] t) {
        List<String> w = new ArrayList<>();
        for (int i = 1; i < t.length; i++) {
            if (!t[i].equals("OK")) {
                w.add(t[i]);
            }
        }
        return new SennheiserMessage.Warnings(w);
    }

    /** The numeric parameters after the keyword, or an empty array if any is not a number. */
    private static int[] numbers(String[] t) {
        int[] n = new int[t.length - 1];
        for (int i = 1; i < t.length; i++) {
            if (!NUMBER.matcher(t[i]).matches()) {
                return new int[0];
            }
            n[i - 1] = Integer.parseInt(t[i]);
        }
        return n;
    }

    private static SennheiserMessage other(String line) {
        return new SennheiserMessage.Other(line.length() > 200 ? line.substring(0, 200) : line);
    }
}
