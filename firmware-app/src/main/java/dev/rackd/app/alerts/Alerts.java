package dev.rackd.app.alerts;

/**
 * What domain code uses to raise alerts that are not plain thresholds on one reading (drift from the
 * show file, a refused sequence step, interference). Threshold, rate, offline and stale alerts come
 * from the rules on readings without any call here.
 */
public interface Alerts {
    /**
     * Raises (or updates) the alert identified by rule, device and metric.
     *
     * @param message in the crew's words: "Amp B ch 3 gain -6.0 dB, show file says -3.0 dB"
     */
    void raise(String rule, String deviceId, String metric, Severity severity, double value, double threshold,
            String message);

    /** Clears it, if active (latched criticals still wait for an acknowledge). */
    void clear(String rule, String deviceId, String metric);

    /**
     * A level the domain judges itself, with its own hysteresis, on every reading while it holds: raised, or moved to
     * {@code severity} (no latch: it falls as the level falls); its value and words follow the reading once the value
     * has moved by {@code step} from the one shown, at most every 5 s, as the show file's level rules do.
     */
    default void level(String rule, String deviceId, String metric, Severity severity, double value, double threshold,
            String message, double step) {
        raise(rule, deviceId, metric, severity, value, threshold, message);
    }

    /** Clears it like {@link #clear(String, String, String)}, the clear carrying the reading that cleared it. */
    default void clear(String rule, String deviceId, String metric, double value, String message) {
        clear(rule, deviceId, metric);
    }

    /**
     * Acknowledges it in the name of the crew member whose command put right what it is about (a restore to the
     * show file), so that it closes once clear instead of waiting for a second acknowledgement; nothing if it is
     * not open.
     */
    void acknowledge(String rule, String deviceId, String metric, String user);
}
