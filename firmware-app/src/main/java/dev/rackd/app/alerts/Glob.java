package dev.rackd.app.alerts;

import java.util.regex.Pattern;

/** The show file's device and metric patterns: {@code *} any run of characters, {@code ?} one. */
final class Glob {
    private final Pattern pattern;

    Glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        pattern = Pattern.compile(re.toString());
    }

    boolean matches(String s) {
        return pattern.matcher(s).matches();
    }
}
