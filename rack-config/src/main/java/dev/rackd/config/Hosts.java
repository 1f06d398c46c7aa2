package dev.rackd.config;

import java.util.Optional;
import java.util.regex.Pattern;

/** Host names and IP addresses of devices on the rack's network, and of this machine. */
final class Hosts {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})");
    private static final Pattern DOTTED = Pattern.compile("[0-9.]+");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final String RULE = "an IP address or host name, e.g. 192.168.1.31";

    private Hosts() {}

    static String required(Fields f, String key) {
        String host = f.requiredText(key, RULE);
        if (!host.isEmpty()) {
            problem(host).ifPresent(p -> f.error(key, p));
        }
        return host;
    }

    /** An address of this machine to listen on, or {@code fallback} when the key is absent. */
    static String local(Fields f, String key, String fallback) {
        String host = f.text(key, fallback, "an address of this machine, e.g. 127.0.0.1 or 0.0.0.0");
        problem(host).ifPresent(p -> f.error(key, p));
        return host;
    }

    /**
     * What is wrong with {@code host}, if anything. Digits and dots are an IPv4 address and are read as one (a name
     * never is all digits); one colon is a port written into the host, two or more an IPv6 address.
     */
    static Optional<String> problem(String host) {
        long colons = host.chars().filter(c -> c == ':').count();
        if (colons == 1) {
            return Optional.of(Values.quote(host) + " carries a port; write the host alone and the port as port:");
        }
        boolean fits = colons > 1 ? IPV6.matcher(host).matches()
                : DOTTED.matcher(host).matches() ? isIpv4(host) : NAME.matcher(host).matches();
        return fits ? Optional.empty() : Optional.of(Values.quote(host) + " is not a host; allowed: " + RULE);
    }

    private static boolean isIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
