package dev.rackd.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The one rule for an MQTT broker's address, for the show file and for {@code rackd run --broker} alike: a file that
 * validates must not be refused when the rack starts.
 */
public final class BrokerAddress {
    public static final String RULE = "tcp://host:port or ssl://host:port (e.g. tcp://10.0.0.2:1883;"
            + " ws:// and wss:// also work)";

    private BrokerAddress() {}

    /** What is wrong with {@code address}, or empty when rackd can connect to it as written. */
    public static Optional<String> problem(String address) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return Optional.of(notABroker(address));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        boolean web = scheme.equals("ws") || scheme.equals("wss");
        if (!web && !scheme.equals("tcp") && !scheme.equals("ssl") || uri.getHost() == null) {
            return Optional.of(notABroker(address));
        }
        if (uri.getRawUserInfo() != null) {
            // the show file travels with the tour's paperwork; the password goes in a file of its own
            return Optional.of("a broker address carries no user or password; required: username and password_file"
                    + " instead");
        }
        if (uri.getPort() < 1 || uri.getPort() > 65535) {
            return Optional.of(Values.quote(address) + " has no port; allowed: " + RULE);
        }
        if (!web && !(uri.getRawPath() == null || uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            return Optional.of(Values.quote(address) + " has a path or query an MQTT broker does not take; allowed: "
                    + RULE);
        }
        return Optional.empty();
    }

    private static String notABroker(String address) {
        return Values.quote(address) + " is not a broker address; allowed: " + RULE;
    }
}
