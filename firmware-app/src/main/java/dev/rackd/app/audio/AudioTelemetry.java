package dev.rackd.app.audio;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import dev.rackd.app.core.Messaging;
import dev.rackd.config.AudioSettings;
import dev.rackd.dsp.DspEvent;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Unit;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The low-rate side of the audio path, run every few hundred milliseconds on its own thread: tells the rack when
 * the device comes and goes, publishes the chains' events on {@code rackd/<id>/audio/events}, folds their meters
 * into readings of device {@code audio} once per meter period, and keeps the fixed notches saved.
 */
final class AudioTelemetry {
    static final String DEVICE_RULE = "audio_device";
    /** Events published per tick at most; the rest wait in the ring for the next tick. */
    static final int EVENTS_PER_TICK = 64;

    private final AudioEngine engine;
    private final ChainBank bank;
    private final DeviceListener listener;
    private final Alerts alerts;
    private final Messaging messaging;
    private final FixedNotchKeeper keeper;
    private final Duration meterPeriod;
    private final MeterTotals totals;
    private final DropoutWatch dropouts;
    private final String eventTopic;
    private LineState reported = LineState.STARTING;
    private Instant nextMeters;

    AudioTelemetry(AudioEngine engine, ChainBank bank, DeviceListener listener, Alerts alerts, Messaging messaging,
            FixedNotchKeeper keeper, Duration meterPeriod) {
        this.engine = engine;
        this.bank = bank;
        this.listener = listener;
        this.alerts = alerts;
        this.messaging = messaging;
        this.keeper = keeper;
        this.meterPeriod = meterPeriod;
        totals = new MeterTotals(bank.channels());
        dropouts = new DropoutWatch(alerts, engine.config());
        eventTopic = messaging.prefix() + "audio/events";
    }

    void tick(Instant now) {
        reportState();
        publishEvents(now);
        bank.meters().drain(totals::add);
        if (!reported.online()) {
            // meters left from before the card went: reported now, a good reading would call it back online and
            // the crew would see its offline alert clear and come back
            totals.discard();
        }
        if (nextMeters == null || !now.isBefore(nextMeters)) {
            nextMeters = now.plus(meterPeriod);
            if (reported.online()) { // a good reading says the card answers: never while it is missing
                totals.flush(listener, now);
                EngineCounters c = engine.counters();
                MeterTotals.emit(listener, "underruns", c.underruns(), Unit.NONE, now);
                MeterTotals.emit(listener, "overruns", c.overruns(), Unit.NONE, now);
                MeterTotals.emit(listener, "dropped_events", bank.events().dropped(), Unit.NONE, now);
                dropouts.observe(now, c.underruns(), c.overruns());
            }
        }
        keeper.maybeSave(now);
    }

    /** Last words at shutdown: whatever fixed notches changed are saved. */
    void close(Instant now) {
        keeper.flush(now);
    }

    private void reportState() {
        LineState s = engine.state();
        if (s.sequence() == reported.sequence()) {
            return;
        }
        if (s.online() && reported.online() && s.sequence() - reported.sequence() >= 2) {
            // lost and back between two ticks: the crew still hears about the gap
            deviceDown("audio device was briefly lost and has been reopened");
        }
        reported = s;
        if (s.online()) {
            dropouts.reopened();
            listener.online(AudioSettings.DEVICE_ID, true, s.detail());
            alerts.clear(DEVICE_RULE, AudioSettings.DEVICE_ID, "online");
        } else {
            deviceDown(s.detail());
        }
    }

    private void deviceDown(String why) {
        listener.online(AudioSettings.DEVICE_ID, false, why);
        alerts.raise(DEVICE_RULE, AudioSettings.DEVICE_ID, "online", Severity.CRITICAL, 0, 1,
                "Audio path down, nothing passes through rackd: " + why);
    }

    private void publishEvents(Instant now) {
        for (int i = 0; i < EVENTS_PER_TICK; i++) {
            DspEvent e = bank.events().poll();
            if (e == null) {
                return;
            }
            if (e.fixed()) {
                keeper.changed(now);
            }
            String json = EventJson.format(e, e.channel() + 1);
            messaging.publish(eventTopic, json.getBytes(StandardCharsets.UTF_8), 1, false);
        }
    }
}
