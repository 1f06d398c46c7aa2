package dev.rackd.hal.wireless.scan;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a scan file, one at a time, so that a file of any length is read in bounded memory: a line ends at
 * LF, CR or CR LF, and one longer than {@link #MAX_LINE_CHARS} (a binary file, or one without line ends) is refused
 * when it reaches that length, as is input beyond {@link #MAX_CHARS}.
 */
final class ScanLines {
    /** Longer than any header or data line a scan tool writes. */
    static final int MAX_LINE_CHARS = 4096;
    /** About three times a million-point scan as CSV: the bound on the time spent reading one. */
    static final long MAX_CHARS = 64L * 1024 * 1024;

    private final Reader in;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int end;
    private long read;
    private int number;
    private boolean afterCr;

    ScanLines(Reader in) {
        this.in = in;
    }

    /** The number of the line {@link #next} returned last, from 1. */
    int number() {
        return number;
    }

    /** The next line without its end, or null when the input is over. */
    String next() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (fill()) {
            char c = buffer[pos++];
            if (c == '\n' && afterCr) {
                afterCr = false;
                continue;
            }
            afterCr = c == '\r';
            if (c == '\n' || c == '\r') {
                number++;
                return line.toString();
            }
            any = true;
            if (line.length() == MAX_LINE_CHARS) {
                throw new ScanFileException("line " + (number + 1) + " is longer than " + MAX_LINE_CHARS
                        + " characters: not a scan file (is it binary, or without line ends?)");
            }
            line.append(c);
        }
        if (!any) {
            return null;
        }
        number++;
        return line.toString();
    }

    private boolean fill() throws IOException {
        if (pos < end) {
            return true;
        }
        end = Math.max(0, in.read(buffer, 0, buffer.length));
        pos = 0;
        read += end;
        if (read > MAX_CHARS) {
            throw new ScanFileException("longer than " + MAX_CHARS / (1024 * 1024) + " MiB: larger than any scan"
                    + " rackd keeps");
        }
        return end > 0;
    }
}
