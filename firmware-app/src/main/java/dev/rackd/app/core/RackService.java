package dev.rackd.app.core;

import dev.rackd.app.alerts.AlertSystem;
import dev.rackd.app.broker.EmbeddedBroker;
import dev.rackd.app.command.CommandDoor;
import dev.rackd.app.sim.InjectionTopics;
import dev.rackd.app.sim.ScenarioException;
import dev.rackd.app.sim.ScenarioRunner;
import dev.rackd.app.sim.Simulation;
import dev.rackd.app.sim.SimulatorLoader;
import dev.rackd.app.state.StateStore;
import dev.rackd.app.telemetry.MqttEndpoint;
import dev.rackd.app.telemetry.MqttLink;
import dev.rackd.app.telemetry.TelemetryPublisher;
import dev.rackd.app.telemetry.Topics;
import dev.rackd.config.MqttSettings;
import dev.rackd.config.ShowFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running rack, wired in this order: state folder, simulation (with {@code --simulate}), rack state,
 * MQTT link (to the given broker, or an embedded one), telemetry, virtual devices, domain modules (found
 * by {@link ServiceLoader}), then the devices start. {@link #close()} undoes it in reverse and never throws.
 */
public final class RackService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RackService.class);
    static final long STATE_MAX_BYTES = 4L << 20;
    private static final Duration DEFAULT_POLL = Duration.ofSeconds(1);
    /** How long a command handler may take before its sender hears that its effect is unknown (a scan is slow). */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    private final ShowFile configured;
    private final RunOptions options;
    private final Clock clock;
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final List<DomainModule> modules = new ArrayList<>();
    private DeviceSupervisor devices;
    private ScheduledExecutorService timer;
    private volatile RackContext context;

    public RackService(ShowFile show, RunOptions options, Clock clock) {
        this.configured = show;
        this.options = options;
        this.clock = clock;
    }

    public synchronized void start() throws StartupException {
        ShowFile show = configured;
        Simulation simulation = null;
        Path simDir = null;
        ScenarioRunner scenario = null;
        if (options.simulate()) {
            simDir = tempDir("rackd-sim-");
            simulation = startSimulation(simDir);
            show = simulation.rewired();
            scenario = checkedScenario(simulation);
        }
        StateStore store = openStore(stateDir(simDir));

        LiveRackState state = new LiveRackState(DevicePolls.of(show), DEFAULT_POLL,
                show.alerts().offlineAfterPolls());
        MqttSettings mqtt = show.mqtt();
        Topics topics = Topics.forRack(show.rack().id());
        MqttLink link = new MqttLink(endpoint(mqtt), topics, mqtt.bufferMessages() > 0 ? mqtt.bufferMessages() : 1000,
                MqttLink.defaultBackoff());
        toClose.add(link);
        TelemetryPublisher telemetry = new TelemetryPublisher(link, topics, state, show.deviceIds(),
                mqtt.telemetryInterval(), clock);
        telemetry.start();

        devices = new DeviceSupervisor(state,
                simulation == null ? java.util.Set.of() : simulation.virtualDevices().keySet());
        if (simulation != null) {
            simulation.virtualDevices().values().forEach(devices::attach);
            InjectionTopics.subscribe(link, simulation);
        }
        CommandDoor door = new CommandDoor(link, show.auth(), COMMAND_TIMEOUT);
        toClose.add(door);
        AlertSystem alertSystem = AlertSystem.start(show, state, link, store, door, Optional.empty(), clock);
        toClose.add(alertSystem);
        ServiceContext context = new ServiceContext(show, state, devices, alertSystem.alerts(), door, store, link,
                clock);
        startModules(context);
        door.start();
        this.context = context;

        try {
            link.start();
        } catch (Exception e) {
            throw new StartupException(StartupException.ENVIRONMENT, "cannot create the MQTT client: " + e.getMessage(),
                    e);
        }
        devices.startAll();
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("rackd-timer").factory());
        timer.scheduleAtFixedRate(() -> {
            try {
                state.sweep(clock.instant());
                telemetry.tick();
            } catch (RuntimeException e) {
                log.error("timer tick failed", e);
            }
        }, 1, 1, TimeUnit.SECONDS);
        if (scenario != null) {
            scenario.start(timer);
            toClose.add(scenario);
        }
        log.info("rack {} ({}) running: {} devices{}", show.rack().id(), show.rack().name(), show.deviceIds().size(),
                options.simulate() ? ", simulated" : "");
    }

    /** The running service's context, for what runs beside the domains (the dashboard); null before start. */
    public RackContext context() {
        return context;
    }

    /** Stops everything it started, newest first; never throws. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        for (int i = modules.size() - 1; i >= 0; i--) {
            try {
                modules.get(i).stop();
            } catch (RuntimeException e) {
                log.warn("module {} did not stop cleanly: {}", modules.get(i).name(), e.toString());
            }
        }
        if (devices != null) {
            devices.closeAll();
        }
        for (int i = toClose.size() - 1; i >= 0; i--) {
            try {
                toClose.get(i).close();
            } catch (Exception e) {
                log.warn("stopping {} failed: {}", toClose.get(i).getClass().getSimpleName(), e.toString());
            }
        }
        toClose.clear();
    }

    private StateStore openStore(Path stateDir) throws StartupException {
        try {
            return new StateStore(stateDir, STATE_MAX_BYTES, clock, problem -> log.warn("{}", problem));
        } catch (IOException e) {
            throw new StartupException(StartupException.ENVIRONMENT, "cannot use the state directory " + stateDir
                    + " (" + e.getMessage() + "); choose a writable one with --state-dir DIR");
        }
    }

    /**
     * A simulated rack keeps its state apart from the real one (fake energy counters or learned notches must
     * never end up in a show's state folder): a temporary folder, unless --state-dir names one.
     */
    private Path stateDir(Path simDir) {
        if (options.stateDir().isPresent()) {
            return options.stateDir().get();
        }
        if (simDir != null) {
            log.info("simulating: state kept in {} for this run (use --state-dir to keep it)", simDir.resolve("state"));
            return simDir.resolve("state");
        }
        return configured.stateDir();
    }

    private Path tempDir(String prefix) throws StartupException {
        try {
            Path dir = Files.createTempDirectory(prefix);
            toClose.add(() -> FileTrees.deleteQuietly(dir));
            return dir;
        } catch (IOException e) {
            throw new StartupException(StartupException.ENVIRONMENT, "cannot create a temporary folder: " + e.getMessage());
        }
    }

    private Simulation startSimulation(Path workDir) throws StartupException {
        try {
            Simulation simulation = SimulatorLoader.load().start(configured, workDir.resolve("devices"));
            toClose.add(simulation);
            return simulation;
        } catch (StartupException e) {
            throw e;
        } catch (Exception e) {
            throw new StartupException(StartupException.ENVIRONMENT, "the rack simulator did not start: " + e, e);
        }
    }

    /** The scenario, refused before anything else starts when a line names a metric the device lacks. */
    private ScenarioRunner checkedScenario(Simulation simulation) throws StartupException {
        if (options.scenario().isEmpty()) {
            return null;
        }
        ScenarioRunner runner = new ScenarioRunner(options.scenario().get(), simulation);
        try {
            runner.check();
        } catch (ScenarioException e) {
            throw new StartupException(StartupException.BAD_INPUT, e.getMessage());
        }
        return runner;
    }

    /**
     * --broker, else the show file's broker, else the embedded one. A simulated rack never publishes on the
     * show file's broker, nor with its credentials, unless --broker names one: fake readings must not reach a
     * real show's dashboards.
     */
    private MqttEndpoint endpoint(MqttSettings mqtt) throws StartupException {
        if (options.broker().isPresent() && options.simulate()) {
            return MqttEndpoint.anonymous(options.broker().get(), mqtt.clientId());
        }
        if (options.broker().isPresent()) {
            return MqttEndpoint.external(options.broker().get(), mqtt);
        }
        if (mqtt.broker().isPresent() && !options.simulate()) {
            return MqttEndpoint.external(mqtt.broker().get(), mqtt);
        }
        if (mqtt.broker().isPresent()) {
            log.info("simulating: not using the show file's broker {}; embedded broker instead (or use --broker)",
                    mqtt.broker().get());
        }
        EmbeddedBroker broker = EmbeddedBroker.start(mqtt.embeddedHost(), mqtt.embeddedPort());
        toClose.add(broker);
        return MqttEndpoint.embedded(mqtt.embeddedHost(), mqtt.embeddedPort(), mqtt.clientId());
    }

    private void startModules(RackContext context) {
        for (DomainModule m : ServiceLoader.load(DomainModule.class)) {
            try {
                m.start(context);
                modules.add(m);
                log.info("domain '{}' started", m.name());
            } catch (Exception e) {
                // One broken domain must not take the rest of the rack's monitoring down with it.
                log.error("domain '{}' failed to start and runs without it: {}", m.name(), e.toString(), e);
                context.alerts().raise("domain_failed", m.name(), "start", dev.rackd.app.alerts.Severity.CRITICAL,
                        Double.NaN, Double.NaN, "the " + m.name() + " domain failed to start: " + e.getMessage());
            }
        }
        if (modules.isEmpty() && !options.simulate()) {
            log.warn("no domain modules on the class path: no device will be read");
        }
    }
}
