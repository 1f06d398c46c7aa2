package dev.rackd.config;

/** Shell-style globs over ids and metric names: '*' any run of characters, '?' one character. */
public final class Globs {
    private Globs() {}

    /** True when {@code name} matches {@code glob} as a whole. Linear in practice; no regex backtracking. */
    public static boolean matches(String glob, String name) {
        int g = 0;
        int n = 0;
        int starG = -1;
        int starN = 0;
        while (n < name.length()) {
            if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) == name.charAt(n))) {
                g++;
                n++;
            } else if (g < glob.length() && glob.charAt(g) == '*') {
                starG = g++;
                starN = n;
            } else if (starG >= 0) {
                g = starG + 1;
                n = ++starN;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }
}
