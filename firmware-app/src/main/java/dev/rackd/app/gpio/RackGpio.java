package dev.rackd.app.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import dev.rackd.hal.gpio.GpioBoard;
import dev.rackd.hal.gpio.GpioException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rack's one GPIO board, shared by everything on the Pi's header (sequencing relays, status LED,
 * buzzer, acknowledge button): a pin can be opened only once per process. Opened on first use over
 * Pi4J's auto-detected platform (gpiod on a Pi 5), on a Raspberry Pi only; tests and simulation hand in a
 * board of their own.
 */
public final class RackGpio {
    private static GpioBoard board;
    private static Context context;
    private static final Path MODEL = Path.of("/proc/device-tree/model");

    private RackGpio() {}

    public static synchronized GpioBoard board() throws GpioException {
        if (board == null) {
            String model = boardModel();
            if (!model.startsWith("Raspberry Pi")) {
                // Pi4J's detection would log errors of its own on any other machine, then find no pins
                throw new GpioException("this machine is not a Raspberry Pi (" + model + ")", null);
            }
            try {
                context = Pi4J.newAutoContext();
            } catch (RuntimeException e) {
                throw new GpioException("this machine has no GPIO rackd can use (" + e.getMessage() + ")", e);
            }
            board = GpioBoard.create(context);
        }
        return board;
    }

    /** The board's name from the device tree, e.g. "Raspberry Pi 4 Model B Rev 1.5". */
    private static String boardModel() {
        try {
            return Files.readString(MODEL, StandardCharsets.US_ASCII).replace("\0", "").strip();
        } catch (IOException e) {
            return "no " + MODEL;
        }
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
