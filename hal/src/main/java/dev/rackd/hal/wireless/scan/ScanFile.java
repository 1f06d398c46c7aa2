package dev.rackd.hal.wireless.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
 * are skipped; a bad line after that is an error naming its line number. The file is read line by line, so memory
 * follows the points kept, not the file: consecutive points in the same kHz (a scan finer than the coordination's
 * whole kHz) are kept as one, at their highest level, and at most {@link #MAX_POINTS} points are kept.
 */
public final class ScanFile {
    /**
     * More points than this are refused: a 470-700 MHz scan at 1 kHz is 230,001, and a million fit with room in the
     * 96 MB heap of the {@code rackd} command.
     */
    public static final int MAX_POINTS = 1_000_000;

    public enum Format { WWB, WSM }

    // bounded shapes: no exponents, so no number can blow up while it is parsed
    private static final Pattern WWB_MHZ = Pattern.compile("\\d{1,5}(\\.\\d{1,6})?");
    private static final Pattern WSM_KHZ = Pattern.compile("\\d{1,8}(\\.\\d{1,3})?");
    /** Below any wireless microphone band (the show file's lowest tuning frequency). */
    private static final BigDecimal LOWEST_KHZ = BigDecimal.valueOf(30_000);
    private static final Pattern LEVEL = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{1,6})?");

    private ScanFile() {}

    /** A scan file; a folder, a device such as /dev/zero or a pipe is refused before anything is read. */
    public static List<ScanPoint> read(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new ScanFileException(file + " is " + (attributes.isDirectory() ? "a folder" : "a device or"
                        + " pipe") + ", not a file; required: a scan exported as CSV");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in);
            }
        } catch (NoSuchFileException e) {
            throw new ScanFileException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new ScanFileException(file + ": permission denied");
        }
    }

    /** Reads a scan (UTF-8) line by line, however long the stream is. */
    public static List<ScanPoint> read(InputStream in) throws IOException {
        return read(new ScanLines(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    public static List<ScanPoint> parse(String text) throws ScanFileException {
        try {
            return read(new ScanLines(new StringReader(text)));
        } catch (ScanFileException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be read", e);
        }
    }

    private static List<ScanPoint> read(ScanLines lines) throws IOException {
        List<ScanPoint> points = new ArrayList<>();
        for (String raw = lines.next(); raw != null; raw = lines.next()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (points.isEmpty() && !Character.isDigit(line.charAt(0))) {
                continue; // header before the data
            }
            ScanPoint p = parseLine(line, lines.number());
            ScanPoint last = points.isEmpty() ? null : points.get(points.size() - 1);
            if (last != null && last.frequencyKhz() == p.frequencyKhz()) {
                // max hold, as the RF Explorer's own sweeps are stitched: a carrier must not vanish
                points.set(points.size() - 1, p.levelDbm() > last.levelDbm() ? p : last);
                continue;
            }
            if (points.size() == MAX_POINTS) {
                throw new ScanFileException("more than " + MAX_POINTS + " scan points (line " + lines.number()
                        + "); required: a coarser scan (1 kHz is the finest the coordination uses) or a narrower"
                        + " span");
            }
            points.add(p);
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
        if (wsm && khz.compareTo(LOWEST_KHZ) < 0) {
            // 470.000;-40 is MHz written where WSM writes kHz: read as 470 kHz it would fall outside every band and
            // the carrier there would be left off the scan without a word
            throw bad(lineNo, line, "frequency " + freq + " kHz is below 30 MHz; in a ';' scan (Sennheiser WSM) the"
                    + " frequency is in kHz (e.g. 470025)");
        }
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
