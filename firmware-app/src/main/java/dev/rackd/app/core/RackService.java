package dev.rackd.app.core;

import dev.rackd.app.alerts.AlertSystem;
import dev.rackd.app.alerts.Severity;
import dev.rackd.app.command.CommandDoor;
import dev.rackd.app.gpio.RackGpio;
import dev.rackd.app.sim.InjectionTopics;
import dev.rackd.app.sim.ScenarioRunner;
import dev.rackd.app.sim.Simulation;
import dev.rackd.app.state.StateStore;
import dev.rackd.app.systemd.ServiceSupervisor;
import dev.rackd.app.systemd.ServiceSupervisor.StartStep;
import dev.rackd.app.systemd.StatusLine.MqttState;
import dev.rackd.app.telemetry.MqttLink;
import dev.rackd.app.telemetry.TelemetryPublisher;
import dev.rackd.app.telemetry.Topics;
import dev.rackd.config.MqttSettings;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.gpio.GpioBoard;
import dev.rackd.hal.gpio.GpioException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running rack, wired in this order: state folder, simulation (with {@code --simulate}), rack state,
 * MQTT link (to the given broker, or an embedded one), telemetry, virtual devices, the command door, the
 * alert system (with the rack's GPIO lamp, buzzer and button), domain modules (found by {@link ServiceLoader};
 * they register their commands on the door), then the link connects and the devices start. systemd hears
 * READY=1 once the devices have started, and its watchdog follows every device, the link and the MQTT and
 * alert threads. {@link #close()} undoes it in reverse and never throws.
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
    private final ServiceSupervisor supervisor;
    private final Iterable<DomainModule> domains;
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final List<DomainModule> modules = new ArrayList<>();
    private DeviceSupervisor devices;
    private ScheduledExecutorService timer;
    private volatile LiveRackState state;
    private volatile RackContext context;

    /** @param supervisor told when the rack is ready, which loops to watch, and the status line */
    public RackService(ShowFile show, RunOptions options, Clock clock, ServiceSupervisor supervisor) {
        this(show, options, clock, supervisor, ServiceLoader.load(DomainModule.class));
    }

    /** With the given domain modules instead of those on the class path. */
    RackService(ShowFile show, RunOptions options, Clock clock, ServiceSupervisor supervisor,
            Iterable<DomainModule> domains) {
        this.configured = show;
        this.options = options;
        this.clock = clock;
        this.supervisor = supervisor;
        this.domains = domains;
    }

    public synchronized void start() throws StartupException {
        SimulatedRack simulated = options.simulate() ? SimulatedRack.start(configured, options, toClose) : null;
        Simulation simulation = simulated == null ? null : simulated.simulation();
        ShowFile show = simulated == null ? configured : simulated.show();
        StateStore store = openStore(stateDir(simulated));

        LiveRackState state = new LiveRackState(DevicePolls.of(show), DEFAULT_POLL,
                show.alerts().offlineAfterPolls());
        this.state = state;
        SerialShutdown.beforePortsClose(this::stopTaking);
        MqttSettings mqtt = show.mqtt();
        Topics topics = Topics.forRack(show.rack().id());
        MqttLink link = new MqttLink(BrokerChoice.endpoint(mqtt, options, toClose), topics,
                mqtt.bufferMessages(), MqttLink.defaultBackoff());
        toClose.add(link);
        TelemetryPublisher telemetry = new TelemetryPublisher(link, topics, state, show.reportedDeviceIds(),
                mqtt.telemetryInterval(), clock);
        telemetry.start();

        ServiceWatch watch = new ServiceWatch(supervisor, state::pollOf);
        devices = new DeviceSupervisor(state,
                simulation == null ? Set.of() : simulation.virtualDevices().keySet(), watch::device);
        if (simulation != null) {
            simulation.virtualDevices().values().forEach(devices::attach);
            InjectionTopics.subscribe(link, simulation);
        }
        CommandDoor door = new CommandDoor(link, show.auth(), COMMAND_TIMEOUT);
        toClose.add(door);
        Optional<GpioBoard> board = gpioBoard(show);
        AlertSystem alerts = AlertSystem.start(show, state, link, store, door, board, clock);
        toClose.add(alerts);
        ServiceContext context = new ServiceContext(show, state, devices, alerts.alerts(), door, store, link, clock);
        startModules(context);
        door.start();
        this.context = context;

        try {
            link.start();
        } catch (Exception e) {
            throw new StartupException(StartupException.ENVIRONMENT, "cannot create the MQTT client: " + e.getMessage(),
                    e);
        }
        supervisor.completed(StartStep.MESSAGING_READY); // connected, or buffering until the broker answers
        RackStatus status = new RackStatus(show, state,
                () -> link.connected() ? MqttState.CONNECTED : link.tried() ? MqttState.BUFFERING : MqttState.CONNECTING,
                supervisor::status);
        alerts.engine().addListener(status);
        alerts.engine().withOpen(status::seed);
        state.onOnline((id, online, reason) -> status.report());
        link.onConnect(status::report);
        watch.link(link);
        watch.alerts(alerts.engine());
        devices.startAll();
        status.report();
        supervisor.completed(StartStep.DRIVERS_STARTED);
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("rackd-timer").factory());
        timer.scheduleAtFixedRate(() -> {
            try {
                state.sweep(clock.instant());
                telemetry.tick();
                status.report(); // systemd hears it only when it changed (e.g. the broker went away)
            } catch (RuntimeException e) {
                log.error("timer tick failed", e);
            }
        }, 1, 1, TimeUnit.SECONDS);
        if (simulated != null && simulated.scenario().isPresent()) {
            ScenarioRunner scenario = simulated.scenario().get();
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

    /**
     * From now on, what drivers say is ignored: the service is stopping, and a driver going offline because
     * it is being closed (or its port closed under it) is no news for the crew. Any thread, at once.
     */
    public void stopTaking() {
        LiveRackState s = state;
        if (s != null) {
            s.stopTaking();
        }
    }

    /** Stops everything it started, newest first; never throws. */
    @Override
    public synchronized void close() {
        stopTaking();
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

    /**
     * The rack's one GPIO board when the show file names lines on it (relays, lamp, buzzer, button). A
     * machine without usable GPIO says so once and the rack runs without them.
     */
    private Optional<GpioBoard> gpioBoard(ShowFile show) {
        if (show.gpioOutputs().isEmpty() && show.gpioInputs().isEmpty()) {
            return Optional.empty();
        }
        toClose.add(RackGpio::close); // after the lamp and buzzer went off (closed later, so listed first)
        try {
            return Optional.of(RackGpio.board());
        } catch (GpioException e) {
            log.warn("no GPIO: relays, status LED, buzzer and button do not work here: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private StateStore openStore(Path stateDir) throws StartupException {
        try {
            return new StateStore(stateDir, STATE_MAX_BYTES, clock, problem -> log.warn("{}", problem));
        } catch (IOException e) {
            throw new StartupException(StartupException.ENVIRONMENT, "cannot use the state directory " + stateDir
                    + " (" + e.getMessage() + "); choose a writable one with --state-dir DIR");
        }
    }

    /** --state-dir, else this run's own folder when simulating, else the show file's state_dir. */
    private Path stateDir(SimulatedRack simulated) {
        if (options.stateDir().isPresent()) {
            return options.stateDir().get();
        }
        if (simulated != null) {
            log.info("simulating: state kept in {} for this run (use --state-dir to keep it)", simulated.stateDir());
            return simulated.stateDir();
        }
        return configured.stateDir();
    }

    private void startModules(RackContext context) {
        for (DomainModule m : domains) {
            try {
                m.start(context);
                modules.add(m);
                log.info("domain '{}' started", m.name());
            } catch (Exception e) {
                // One broken domain must not take the rest of the rack's monitoring down with it.
                log.error("domain '{}' failed to start and runs without it: {}", m.name(), e.toString(), e);
                context.alerts().raise("domain_failed", m.name(), "start", Severity.CRITICAL,
                        Double.NaN, Double.NaN, "the " + m.name() + " domain failed to start: " + e.getMessage());
            }
        }
        if (modules.isEmpty() && !options.simulate()) {
            log.warn("no domain modules on the class path: no device will be read");
        }
    }
}
