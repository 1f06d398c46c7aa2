package dev.rackd.app.alerts;

/**
 * A condition that holds now, as a rule (or a domain) sees it.
 *
 * @param latch a critical level stays until acknowledged, even once the condition goes
 */
record Condition(String id, String rule, String device, String metric, Severity severity, Double value,
        Double threshold, String unit, String message, boolean latch) {}
