package dev.rackd.hal.wireless.scan;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spectrum scan files as the RF tools exchange them.
 *
 * <ul>
 *   <li>Shure Wireless Workbench CSV: {@code MHz,dBm} per line, e.g. {@code 470.025,-98.5}.
 *   <li>Sennheiser WSM CSV: {@code ;}-separated, frequency in kHz, e.g. {@code 470025;-98.5} (a decimal comma in
 *       the level is accepted, as German-locale exports write it).
 * </ul>
 *
 * Reading detects the format per line; lines before the first data line that are not numbers (headers, titles)
 * are skipped; a bad line after that is an error naming its line number.
 */
public final class ScanFile {
    /** Larger files are refused: a full 15 MHz - 2.7 GHz scan at 1 kHz would not reach this. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    public static final int MAX_POINTS = 2_000_000;

    public enum Format { WWB, WSM }

    // bounded shapes: no exponents, so no number can blow up while it is parsed
    private static final Pattern WWB_MHZ = Pattern.compile("\\d{1,5}(\\.\\d{1,6})?");
    private static final Pattern WSM_KHZ = Pattern.compile("\\d{1,8}(\\.\\d{1,3})?");
    private static final Pattern LEVEL = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{1,6})?");

    private ScanFile() {}

    public static List<ScanPoint> read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new ScanFileException(file + " is " + size + " bytes; scan files are limited to " + MAX_BYTES);
        }
        return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    public static List<ScanPoint> parse(String text) throws ScanFileException {
        List<ScanPoint> points = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (points.isEmpty() && !Character.isDigit(line.charAt(0))) {
                continue; // header before the data
            }
            if (points.size() >= MAX_POINTS) {
                throw new ScanFileException("more than " + MAX_POINTS + " scan points");
            }
            points.add(parseLine(line, i + 1));
        }
        if (points.isEmpty()) {
            throw new ScanFileException("no scan points found (expected lines like 470.025,-98.5 or 470025;-98.5)");
        }
        return points;
    }

    public static String write(List<ScanPoint> points, Format format) {
        StringBuilder b = new StringBuilder(points.size() * 16);
        for (ScanPoint p : points) {
            if (format == Format.WWB) {
                b.append(BigDecimal.valueOf(p.frequencyKhz(), 3).toPlainString());
                b.append(',');
            } else {
                b.append(p.frequencyKhz()).append(';');
            }
            b.append(String.format(Locale.ROOT, "%.1f", p.levelDbm())).append("\r\n");
        }
        return b.toString();
    }

    private static ScanPoint parseLine(String line, int lineNo) throws ScanFileException {
        boolean wsm = line.indexOf(';') >= 0;
        String[] f = line.split(wsm ? ";" : ",", -1);
        if (f.length < 2) {
            throw bad(lineNo, line, "expected two fields");
        }
        String freq = f[0].strip();
        String level = f[1].strip().replace(',', '.');
        if (!(wsm ? WSM_KHZ : WWB_MHZ).matcher(freq).matches()) {
            throw bad(lineNo, line, wsm ? "frequency must be kHz (e.g. 470025)" : "frequency must be MHz (e.g. 470.025)");
        }
        if (!LEVEL.matcher(level).matches()) {
            throw bad(lineNo, line, "level must be dBm (e.g. -98.5)");
        }
        BigDecimal khz = wsm ? new BigDecimal(freq) : new BigDecimal(freq).movePointRight(3);
        try {
            return new ScanPoint(khz.setScale(0, RoundingMode.HALF_UP).longValueExact(), Double.parseDouble(level));
        } catch (IllegalArgumentException e) {
            throw bad(lineNo, line, e.getMessage());
        }
    }

    private static ScanFileException bad(int lineNo, String line, String why) {
        String shown = line.length() > 60 ? line.substring(0, 60) + "..." : line;
        return new ScanFileException("line " + lineNo + " '" + shown + "': " + why);
    }
}
