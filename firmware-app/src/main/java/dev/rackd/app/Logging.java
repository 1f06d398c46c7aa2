package dev.rackd.app;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Points Logback at rackd's own configuration before any logger exists (a library on the class path
 * carries a {@code logback.xml} of its own), and routes java.util.logging (Paho) into the same log.
 */
final class Logging {
    static final String CONFIG = "rackd-logback.xml";

    private Logging() {}

    static void setUp() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", CONFIG);
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
