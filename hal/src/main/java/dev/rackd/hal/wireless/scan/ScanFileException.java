package dev.rackd.hal.wireless.scan;

import java.io.IOException;

/** A scan file that cannot be read, with the line at fault. */
public final class ScanFileException extends IOException {
    public ScanFileException(String message) {
        super(message);
    }
}
