package dev.rackd.app.sim;

import java.util.List;

/** A scenario file rackd refuses; every bad line is one entry, {@code FILE:LINE: what is wrong}. */
public final class ScenarioException extends Exception {
    private final List<String> errors;

    public ScenarioException(List<String> errors) {
        super(String.join("\n", errors), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
