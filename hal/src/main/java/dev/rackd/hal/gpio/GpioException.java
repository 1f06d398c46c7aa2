package dev.rackd.hal.gpio;

import java.io.IOException;

/** A GPIO line that could not be opened, read or driven; the message names the line and the pin. */
public final class GpioException extends IOException {
    public GpioException(String message, Throwable cause) {
        super(message, cause);
    }
}
