package dev.rackd.config;

import java.util.List;
import java.util.stream.Collectors;

/** The show file cannot be used. Carries every error found, in file order; the message is one error per line. */
public final class ShowFileException extends Exception {
    private final List<ConfigError> errors;

    public ShowFileException(List<ConfigError> errors) {
        super(errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n")), null, false, false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ShowFileException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** Every error, sorted by line and column. */
    public List<ConfigError> errors() {
        return errors;
    }
}
