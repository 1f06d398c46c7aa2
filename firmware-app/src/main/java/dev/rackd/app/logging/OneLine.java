package dev.rackd.app.logging;

/**
 * Keeps an event on one journal line: control characters (newlines, escape sequences from a device's
 * name or a garbled frame) become visible escapes instead of new lines or terminal tricks.
 */
final class OneLine {
    private OneLine() {}

    static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && (c < 0x7f || c > 0x9f)) { // C0, DEL and C1 (0x9b starts terminal sequences)
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format("\\x%02x", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }
}
