package dev.rackd.config;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Guards the YAML parser: a show file is UTF-8 text of sane size, not a binary someone copied by mistake. */
final class SourceText {
    /** Show files are a few kB; anything this large is not one (and would only make the parser work hard). */
    static final int MAX_CHARS = 1 << 20;
    static final int MAX_BYTES = 4 * MAX_CHARS;
    static final String FILE = "(file)";
    private static final String TEXT = "allowed: a UTF-8 text file (YAML)";

    private SourceText() {}

    /** Strict UTF-8; the first malformed byte is reported where it sits. */
    static Optional<String> decode(byte[] bytes, Problems problems) {
        if (bytes.length > MAX_BYTES) {
            problems.at(1, 1, FILE, "the file is over " + (MAX_BYTES >> 20) + " MiB, too large for a show file; "
                    + TEXT + " of at most " + MAX_CHARS + " characters");
            return Optional.empty();
        }
        int nul = firstNul(bytes);
        if (nul >= 0) {
            String before = new String(bytes, 0, nul, StandardCharsets.UTF_8);
            int[] lineColumn = lineColumn(before, before.length());
            problems.at(lineColumn[0], lineColumn[1], FILE, "binary data (a NUL byte), not a show file; " + TEXT);
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            int[] lineColumn = lineColumn(out, out.length());
            String what = String.format("invalid UTF-8 (byte 0x%02X at offset %d)", bytes[in.position()] & 0xFF,
                    in.position());
            problems.at(lineColumn[0], lineColumn[1], FILE, what + ", not a show file; " + TEXT);
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }

    /** Rejects characters YAML does not allow (NUL and other control codes) before the parser sees them. */
    static Optional<String> check(String text, Problems problems) {
        if (text.length() > MAX_CHARS) {
            problems.at(1, 1, FILE, "the file has " + text.length() + " characters, too large for a show file; "
                    + TEXT + " of at most " + MAX_CHARS + " characters");
            return Optional.empty();
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            boolean lone = Character.isSurrogate(body.charAt(i)) && Character.charCount(cp) == 1;
            if (lone || !printable(cp)) {
                int[] lineColumn = lineColumn(body, i);
                String what = cp == 0 ? "binary data (a NUL byte)"
                        : String.format("control character U+%04X", cp);
                problems.at(lineColumn[0], lineColumn[1], FILE, what + ", not a show file; " + TEXT);
                return Optional.empty();
            }
            i += Character.charCount(cp);
        }
        return Optional.of(body);
    }

    /** YAML 1.2's printable set (tab, line breaks, and everything visible). */
    private static boolean printable(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0x7E) || cp == 0x85
                || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static int firstNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** 1-based line and column (in characters) of position {@code end} in {@code text}. */
    static int[] lineColumn(CharSequence text, int end) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < end && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
