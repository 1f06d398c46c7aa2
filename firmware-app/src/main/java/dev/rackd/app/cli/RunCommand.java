package dev.rackd.app.cli;

import dev.rackd.app.core.RackService;
import dev.rackd.app.core.RunOptions;
import dev.rackd.app.core.StartupException;
import dev.rackd.app.logging.LogLevels;
import dev.rackd.app.logging.RepeatSummarizer;
import dev.rackd.app.sim.Scenario;
import dev.rackd.app.sim.ScenarioException;
import dev.rackd.app.sim.ScenarioParser;
import dev.rackd.app.systemd.ServiceSupervisor;
import dev.rackd.app.systemd.ServiceSupervisor.StartStep;
import dev.rackd.app.telemetry.MqttEndpoint;
import dev.rackd.app.web.Passwords;
import dev.rackd.app.web.WebOptions;
import dev.rackd.config.ShowFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rackd run}: runs the rack until SIGTERM or SIGINT, then stops cleanly and exits 0. Under systemd it
 * says when it is ready, keeps the status line and the watchdog fed, and says when it stops.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the rack described by the show file until stopped (SIGTERM or Ctrl-C).",
            "On stop it publishes 'offline' on rackd/<rack-id>/status, closes every device and exits 0."})
final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "the show file (YAML)")
    private Path config;

    @Option(names = "--simulate", description = {"back every device with a simulator instead of hardware.",
        "Uses the embedded broker (not the show file's broker or credentials) and a temporary state folder"
                + " unless --broker and --state-dir say otherwise, so a simulated rack never mixes with a real show."})
    private boolean simulate;

    @Option(names = "--broker", paramLabel = "URI",
            description = "MQTT broker to use instead of the show file's or the embedded one: tcp://host:port"
                    + " or ssl://host:port")
    private String broker;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "where state that survives a restart lives"
            + " (default: the show file's state_dir)")
    private Path stateDir;

    @Option(names = "--scenario", paramLabel = "FILE", description = {"with --simulate: timed fault injections,"
            + " one per line: <seconds> <device-id> <metric|state> <value|release|offline|online|garbage>;"
            + " '#' starts a comment"})
    private Path scenarioFile;

    @Option(names = "--log-level", paramLabel = "SPEC", description = {"log levels: a level (trace, debug, info,"
            + " warn, error, off), or one plus per-logger levels, e.g. warn,dev.rackd.hal.power=debug.",
        "Wins over $RACKD_LOG_LEVEL."})
    private String logLevel;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080",
            description = "the crew's dashboard (default: ${DEFAULT-VALUE}); 0 runs without it")
    private int httpPort;

    @Option(names = "--http-bind", paramLabel = "ADDRESS", defaultValue = WebOptions.DEFAULT_BIND,
            description = "the address the dashboard listens on (default: ${DEFAULT-VALUE}, every interface, so phones"
                    + " on the rack's network reach it; 127.0.0.1 keeps it on this machine)")
    private String httpBind;

    @Option(names = "--passwords", paramLabel = "FILE", description = "dashboard logins, Mosquitto password-file format"
            + " (rackd passwd); default: web-passwords beside the show file. While there is none the dashboard is"
            + " read-only")
    private Path passwords;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (logLevel != null) {
            try {
                LogLevels.apply(logLevel);
            } catch (IllegalArgumentException e) {
                err.println("rackd: --log-level: " + e.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
        }
        ServiceSupervisor supervisor = ServiceSupervisor.fromEnvironment();
        try {
            return run(err, supervisor);
        } finally {
            supervisor.close(); // reached only when rackd did not start; a running rack ends in the stop hook
            RepeatSummarizer.flushAll();
        }
    }

    private int run(PrintWriter err, ServiceSupervisor supervisor) throws InterruptedException {
        Optional<ShowFile> show = ShowFiles.load(config, err);
        if (show.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        Optional<Scenario> scenario;
        try {
            if (broker != null) {
                MqttEndpoint.checkUri(broker);
            }
            scenario = scenario(show.get());
        } catch (StartupException e) {
            err.println("rackd: " + e.getMessage());
            return e.exitCode();
        } catch (ScenarioException e) {
            e.errors().forEach(err::println);
            return CommandLine.ExitCode.USAGE;
        }
        if (httpPort < 0 || httpPort > 65535) {
            err.println("rackd: --http-port " + httpPort + "; allowed: 1 to 65535, or 0 for no dashboard");
            return CommandLine.ExitCode.USAGE;
        }
        supervisor.completed(StartStep.SHOW_LOADED);
        RackService service = new RackService(show.get(),
                new RunOptions(simulate, Optional.ofNullable(broker), Optional.ofNullable(stateDir), scenario),
                Clock.systemUTC(), supervisor);
        CrewViews crew = new CrewViews();
        Thread stopper = new Thread(() -> {
            service.stopTaking(); // first: the other hooks (the serial library's) are closing ports already
            supervisor.stopping();
            crew.close();
            service.close();
            supervisor.close();
            RepeatSummarizer.flushAll();
            StopSignal.exitNow();
        }, "rackd-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            service.start();
        } catch (StartupException e) {
            Runtime.getRuntime().removeShutdownHook(stopper);
            service.close();
            err.println("rackd: " + e.getMessage());
            return e.exitCode();
        }
        try {
            crew.start(service.context(), new WebOptions(httpBind, httpPort, passwordFile()));
        } catch (IOException e) {
            Runtime.getRuntime().removeShutdownHook(stopper);
            crew.close();
            service.close();
            err.println("rackd: " + e.getMessage());
            return StartupException.ENVIRONMENT;
        }
        Thread.currentThread().join(); // runs until a signal; the stop hook ends the process
        return CommandLine.ExitCode.OK;
    }

    /** --passwords, else web-passwords beside the show file (logins start working once it is there). */
    private Optional<Path> passwordFile() {
        return Optional.of(passwords != null ? passwords : Passwords.defaultFile(config));
    }

    private Optional<Scenario> scenario(ShowFile show) throws StartupException, ScenarioException {
        if (scenarioFile == null) {
            return Optional.empty();
        }
        if (!simulate) {
            throw new StartupException(StartupException.BAD_INPUT, "--scenario needs --simulate: injections act on"
                    + " simulated devices only");
        }
        return Optional.of(new ScenarioParser(show.reportedDeviceIds()).load(scenarioFile));
    }
}
