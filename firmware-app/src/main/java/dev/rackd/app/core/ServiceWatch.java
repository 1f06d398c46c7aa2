package dev.rackd.app.core;

import dev.rackd.app.alerts.AlertEngine;
import dev.rackd.app.systemd.ExecutorHeartbeat;
import dev.rackd.app.systemd.ProgressSource;
import dev.rackd.app.systemd.ServiceSupervisor;
import dev.rackd.app.telemetry.MqttLink;
import dev.rackd.hal.Device;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Tells systemd's watchdog which loops must keep moving: every started device (drivers poll, the audio
 * loop counts blocks and reopen attempts), the MQTT link's owner thread, and the threads that run MQTT
 * handlers and alert rules. See docs/install.md, "The service and its watchdog".
 */
final class ServiceWatch {
    /**
     * The longest a healthy driver may go without a cycle: its slowest wait between reconnect attempts
     * (a serial bus reopens after up to 30 s) plus a generous answer timeout. Drivers count their
     * reconnect attempts as cycles too, so this is a margin, not the usual case.
     */
    static final Duration LONGEST_BACKOFF = Duration.ofSeconds(30);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    /** The link waits up to 15 s between attempts but turns at least every 0.5 s; a connect takes up to 6 s. */
    static final Duration LINK_STALL = Duration.ofSeconds(30);
    /** A queued heartbeat waits behind whatever the executor is doing: one slow rule or handler is no hang. */
    static final Duration EXECUTOR_STALL = Duration.ofSeconds(30);

    private final ServiceSupervisor supervisor;
    private final Function<String, Duration> pollOf;

    ServiceWatch(ServiceSupervisor supervisor, Function<String, Duration> pollOf) {
        this.supervisor = supervisor;
        this.pollOf = pollOf;
    }

    /** At least three polls, and longer than the slowest reconnect wait plus a timeout. */
    static Duration maxStall(Duration poll) {
        Duration floor = LONGEST_BACKOFF.plus(ANSWER_TIMEOUT);
        Duration threePolls = poll.multipliedBy(3);
        return threePolls.compareTo(floor) > 0 ? threePolls : floor;
    }

    void device(Device device) {
        supervisor.register(ProgressSource.of(device, maxStall(pollOf.apply(device.id()))));
    }

    void link(MqttLink link) {
        supervisor.register(ProgressSource.of("mqtt link", LINK_STALL, link::turns));
        supervisor.register(new ExecutorHeartbeat("mqtt handlers", link.handlers(), EXECUTOR_STALL));
    }

    void alerts(AlertEngine engine) {
        Executor rules = task -> engine.call(() -> {
            task.run();
            return null;
        });
        supervisor.register(new ExecutorHeartbeat("alert rules", rules, EXECUTOR_STALL));
    }
}
