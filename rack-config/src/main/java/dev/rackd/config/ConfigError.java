package dev.rackd.config;

/**
 * One thing wrong with a show file, pointing at where it is.
 *
 * @param file    the file name as given to the loader
 * @param line    1-based
 * @param column  1-based
 * @param path    where in the show file's structure, e.g. {@code power.meters[0].breaker_amps}
 * @param message what is wrong; what is allowed
 */
public record ConfigError(String file, int line, int column, String path, String message) {

    /** {@code FILE:LINE:COLUMN: path.to.field: what is wrong; what is allowed}, the way compilers print errors. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + path + ": " + message;
    }
}
