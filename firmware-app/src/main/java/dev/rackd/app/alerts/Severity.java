package dev.rackd.app.alerts;

/** Ordered from least to most urgent. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
