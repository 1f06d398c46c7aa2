package dev.rackd.app.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import dev.rackd.hal.gpio.GpioBoard;
import dev.rackd.hal.gpio.GpioException;

/**
 * The rack's one GPIO board, shared by everything on the Pi's header (sequencing relays, status LED,
 * buzzer, acknowledge button): a pin can be opened only once per process. Opened on first use over
 * Pi4J's auto-detected platform (gpiod on a Pi 5); tests and simulation hand in a board of their own.
 */
public final class RackGpio {
    private static GpioBoard board;
    private static Context context;

    private RackGpio() {}

    public static synchronized GpioBoard board() throws GpioException {
        if (board == null) {
            try {
                context = Pi4J.newAutoContext();
            } catch (RuntimeException e) {
                throw new GpioException("this machine has no GPIO rackd can use (" + e.getMessage() + ")", e);
            }
            board = GpioBoard.create(context);
        }
        return board;
    }

    /** Uses this board from now on (Pi4J's mock platform in tests and simulation). */
    public static synchronized void use(GpioBoard testBoard) {
        board = testBoard;
    }

    /** Switches every output off and releases the pins. */
    public static synchronized void close() {
        if (board != null) {
            board.close();
            board = null;
        }
        if (context != null) {
            context.shutdown();
            context = null;
        }
    }
}
