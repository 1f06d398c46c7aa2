package dev.rackd.rig.gpio;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.pi4j.context.Context;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * Builds a Pi4J mock context with Pi4J's board detection silenced: it runs at every build and logs errors
 * on any machine that is not a Pi, which a simulated rack knows it is not.
 */
public final class QuietPi4j {
    private static final String BOARD_DETECTION = "com.pi4j.boardinfo";

    private QuietPi4j() {}

    public static Context build(Supplier<Context> build) {
        if (!(LoggerFactory.getLogger(BOARD_DETECTION) instanceof Logger detection)) {
            return build.get();
        }
        Level before = detection.getLevel();
        detection.setLevel(Level.OFF);
        try {
            return build.get();
        } finally {
            detection.setLevel(before);
        }
    }
}
