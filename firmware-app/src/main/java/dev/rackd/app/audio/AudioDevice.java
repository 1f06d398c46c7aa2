package dev.rackd.app.audio;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.core.Messaging;
import dev.rackd.config.AudioSettings;
import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audio path as one device of the rack: the audio thread (a platform thread at the highest priority; in the
 * service it first takes real-time priority, then runs {@link AudioEngine}) and a telemetry thread that reports for
 * it. {@link #cycles()} counts processed blocks and open attempts, so it keeps moving while the device is away and
 * stops only if a thread is stuck.
 */
public final class AudioDevice implements Device {
    private static final Logger LOG = LoggerFactory.getLogger(AudioDevice.class);
    private static final Duration JOIN = Duration.ofSeconds(2);

    private final AudioEngine engine;
    private final ChainBank bank;
    private final Alerts alerts;
    private final Messaging messaging;
    private final FixedNotchKeeper keeper;
    private final Clock clock;
    private final Duration tick;
    private final Duration meterPeriod;
    private final Runnable onAudioThread;
    private volatile boolean running;
    private Thread audioThread;
    private Thread telemetryThread;

    /**
     * @param tick        how often events are published and device changes reported
     * @param meterPeriod how often meter readings are published
     * @param onAudioThread run on the audio thread before its loop
     */
    public AudioDevice(AudioEngine engine, ChainBank bank, Alerts alerts, Messaging messaging,
            FixedNotchKeeper keeper, Clock clock, Duration tick, Duration meterPeriod, Runnable onAudioThread) {
        this.engine = engine;
        this.bank = bank;
        this.alerts = alerts;
        this.messaging = messaging;
        this.keeper = keeper;
        this.clock = clock;
        this.tick = tick;
        this.meterPeriod = meterPeriod;
        this.onAudioThread = onAudioThread;
    }

    @Override
    public String id() {
        return AudioSettings.DEVICE_ID;
    }

    @Override
    public synchronized void start(DeviceListener listener) {
        if (running) {
            return;
        }
        running = true;
        AudioTelemetry telemetry = new AudioTelemetry(engine, bank, listener, alerts, messaging, keeper, meterPeriod);
        audioThread = Thread.ofPlatform().name("audio").daemon().priority(Thread.MAX_PRIORITY).unstarted(() -> {
            onAudioThread.run();
            engine.run();
        });
        telemetryThread = Thread.ofPlatform().name("audio-telemetry").daemon().unstarted(() -> report(telemetry));
        audioThread.start();
        telemetryThread.start();
    }

    private void report(AudioTelemetry telemetry) {
        while (running) {
            try {
                telemetry.tick(clock.instant());
            } catch (RuntimeException e) {
                LOG.warn("audio telemetry: {}", e.toString(), e);
            }
            LockSupport.parkNanos(tick.toNanos());
        }
        telemetry.tick(clock.instant());
        telemetry.close(clock.instant());
    }

    public EngineCounters counters() {
        return engine.counters();
    }

    @Override
    public long cycles() {
        EngineCounters c = engine.counters();
        return c.blocks() + c.opens();
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        engine.stop();
        join(audioThread);
        if (audioThread.isAlive()) {
            LOG.warn("audio thread did not stop within {} ms; closing its device under it", JOIN.toMillis());
            engine.forceClose();
            join(audioThread);
        }
        LockSupport.unpark(telemetryThread);
        join(telemetryThread);
    }

    private static void join(Thread t) {
        try {
            t.join(JOIN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
