package dev.rackd.hal.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.PullResistance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rack's GPIO lines by name, over a Pi4J 3 {@link Context} (gpiod on a Pi 5, the mock platform in
 * tests). Outputs start and end off in logical terms, whatever their polarity, so a lamp never
 * clicks on while rackd starts or stops; a held output (the amp relays) starts at the level it is given and is left
 * as it is on close, so a restart of rackd never cuts the amps it feeds.
 */
public final class GpioBoard implements AutoCloseable {
    static final Logger LOG = LoggerFactory.getLogger(GpioBoard.class);

    private final Context pi4j;
    private final Map<String, Output> outputs = new LinkedHashMap<>();
    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private final List<String> lineIds = new ArrayList<>();
    private final ScheduledExecutorService debounce = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rackd-gpio-debounce");
        t.setDaemon(true);
        return t;
    });

    private GpioBoard(Context pi4j) {
        this.pi4j = pi4j;
    }

    /** A board with no lines yet: several owners (relays, the status LED) open theirs as they need them. */
    public static GpioBoard create(Context pi4j) {
        return new GpioBoard(pi4j);
    }

    /**
     * Opens every line; on the first one that cannot be opened, releases those already opened and
     * throws an exception naming it.
     */
    public static GpioBoard open(Context pi4j, List<OutputSpec> outs, List<InputSpec> ins) throws GpioException {
        GpioBoard board = new GpioBoard(pi4j);
        try {
            for (OutputSpec s : outs) {
                board.output(s);
            }
            for (InputSpec s : ins) {
                board.input(s);
            }
            return board;
        } catch (GpioException e) {
            board.close();
            throw e;
        }
    }

    /** Opens this output, or returns it when exactly this line is open already. */
    public synchronized Output output(OutputSpec s) throws GpioException {
        return output(s, false, false);
    }

    /**
     * Opens this output driven to {@code on} from the first instant, or returns it when exactly this line is open
     * already.
     *
     * @param held left as it is when the board closes (neither switched off nor given a shutdown level)
     */
    public synchronized Output output(OutputSpec s, boolean on, boolean held) throws GpioException {
        Output open = outputs.get(s.name());
        if (open != null && open.spec().equals(s)) {
            return open;
        }
        addOutput(s, on, held);
        return outputs.get(s.name());
    }

    /** Opens this input, or returns it when exactly this line is open already. */
    public synchronized Input input(InputSpec s) throws GpioException {
        Input open = inputs.get(s.name());
        if (open != null && open.spec().equals(s)) {
            return open;
        }
        addInput(s);
        return inputs.get(s.name());
    }

    public synchronized Output output(String name) {
        Output o = outputs.get(name);
        if (o == null) {
            throw new IllegalArgumentException("no GPIO output named '" + name + "'; have " + outputs.keySet());
        }
        return o;
    }

    public synchronized Input input(String name) {
        Input i = inputs.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no GPIO input named '" + name + "'; have " + inputs.keySet());
        }
        return i;
    }

    /** Switches every output off but the held ones and releases every line; never throws. */
    @Override
    public synchronized void close() {
        for (Output o : outputs.values()) {
            if (o.held()) {
                continue;
            }
            try {
                o.set(false);
            } catch (GpioException e) {
                LOG.warn("{}", e.getMessage());
            }
        }
        debounce.shutdownNow();
        for (String id : lineIds) {
            try {
                pi4j.shutdown(id);
            } catch (RuntimeException e) {
                LOG.warn("releasing GPIO line failed: {}", e.toString());
            }
        }
        lineIds.clear();
    }

    private void addOutput(OutputSpec s, boolean on, boolean held) throws GpioException {
        checkFree(s.name(), s.bcm());
        try {
            var config = DigitalOutput.newConfigBuilder(pi4j)
                    .id(lineId(s.bcm())).name(s.name()).address(s.bcm())
                    .initial(Output.level(s.activeLow(), on));
            if (!held) {
                config.shutdown(Output.level(s.activeLow(), false));
            }
            DigitalOutput line = pi4j.create(config);
            lineIds.add(line.id());
            outputs.put(s.name(), new Output(s, line, on, held));
        } catch (RuntimeException e) {
            throw new GpioException(s.name() + ": GPIO " + s.bcm() + " could not be opened as an output: "
                    + e.getMessage(), e);
        }
    }

    private void addInput(InputSpec s) throws GpioException {
        checkFree(s.name(), s.bcm());
        try {
            DigitalInput line = pi4j.create(DigitalInput.newConfigBuilder(pi4j)
                    .id(lineId(s.bcm())).name(s.name()).address(s.bcm())
                    .pull(switch (s.pull()) {
                        case UP -> PullResistance.PULL_UP;
                        case DOWN -> PullResistance.PULL_DOWN;
                        case NONE -> PullResistance.OFF;
                    })
                    .debounce(0L)); // debounced here, the same on every provider
            lineIds.add(line.id());
            inputs.put(s.name(), new Input(s, line, debounce));
        } catch (RuntimeException e) {
            throw new GpioException(s.name() + ": GPIO " + s.bcm() + " could not be opened as an input: "
                    + e.getMessage(), e);
        }
    }

    private void checkFree(String name, int bcm) throws GpioException {
        if (outputs.containsKey(name) || inputs.containsKey(name)) {
            throw new GpioException("two GPIO lines are named '" + name + "'", null);
        }
        String id = lineId(bcm);
        if (pi4j.registry().exists(id)) {
            throw new GpioException(name + ": GPIO " + bcm + " is already in use", null);
        }
    }

    private static String lineId(int bcm) {
        return "rackd-gpio-" + bcm;
    }

    static void checkPin(String name, int bcm) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a GPIO line needs a name");
        }
        if (bcm < 0 || bcm > 27) {
            throw new IllegalArgumentException(name + ": GPIO " + bcm + "; allowed BCM 0 to 27");
        }
    }
}
