package dev.rackd.app.alerts;

/**
 * A condition that holds now, as a rule (or a domain) sees it.
 *
 * @param latch        a critical level stays until acknowledged, even once the condition goes
 * @param whileLatched the words while a latched critical's condition is only a warning (saying it stays critical),
 *                     else null: the message is shown as is
 */
record Condition(String id, String rule, String device, String metric, Severity severity, Double value,
        Double threshold, String unit, String message, boolean latch, String whileLatched) {
    Condition(String id, String rule, String device, String metric, Severity severity, Double value,
            Double threshold, String unit, String message, boolean latch) {
        this(id, rule, device, metric, severity, value, threshold, unit, message, latch, null);
    }

    Condition withMessage(String words) {
        return new Condition(id, rule, device, metric, severity, value, threshold, unit, words, latch, whileLatched);
    }
}
