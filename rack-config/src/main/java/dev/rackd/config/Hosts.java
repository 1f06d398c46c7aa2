package dev.rackd.config;

import java.util.regex.Pattern;

/** Host names and IP addresses of devices on the rack's network. */
final class Hosts {
    /** A DNS name or an IPv4 address; IPv6 literals in their usual notation. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})|[0-9A-Fa-f:.]+");
    private static final String RULE = "an IP address or host name, e.g. 192.168.1.31";

    private Hosts() {}

    static String required(Fields f, String key) {
        String host = f.requiredText(key, RULE);
        if (!host.isEmpty() && !HOST.matcher(host).matches()) {
            f.error(key, Values.quote(host) + " is not a host; allowed: " + RULE);
        }
        return host;
    }
}
