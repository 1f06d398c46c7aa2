package dev.rackd.app.power;

import com.pi4j.context.Context;
import java.util.Optional;

/**
 * The Pi4J context the DC rail monitors reach I2C through, when someone other than the power module owns
 * it: Pi4J's mock platform under {@code rackd run --simulate}, with simulated chips on it. Without one, the
 * power module opens Pi4J's auto-detected platform itself.
 */
public final class RackI2c {
    private static Context handedIn;

    private RackI2c() {}

    /** Uses this context from now on; its owner shuts it down. Null goes back to auto-detection. */
    public static synchronized void use(Context context) {
        handedIn = context;
    }

    static synchronized Optional<Context> handedIn() {
        return Optional.ofNullable(handedIn);
    }
}
