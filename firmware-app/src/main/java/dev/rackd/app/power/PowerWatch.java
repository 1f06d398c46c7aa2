package dev.rackd.app.power;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.config.PowerMeter;
import dev.rackd.config.PowerMeter.MeterKind;
import dev.rackd.config.PowerMeter.Phase;
import dev.rackd.config.ShowFile;
import dev.rackd.config.TemperatureSensor;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.power.pzem.PzemMeasurement;
import dev.rackd.hal.power.sdm.SdmModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The power domain's judgement, fed with every good reading of the rack: breaker load and neutral per
 * circuit, phase balance per feed (the meters on one serial line), the mains window, show energy and
 * temperatures with their trends. Derived values go out as readings, problems as alerts in the crew's
 * words. Thread-safe: readings may arrive from several bus threads.
 */
final class PowerWatch {
    private final Map<String, PowerMeter> meters = new HashMap<>();
    private final Map<String, BreakerLoad> loads = new LinkedHashMap<>();
    private final Map<String, PhaseBalance> balances = new HashMap<>();
    private final Map<String, TemperatureWatch> temperatures = new HashMap<>();
    private final Map<String, PiFlags> pis = new HashMap<>();
    private final MainsWindow mains;
    private final ShowEnergy energy;
    private final Clock clock;
    private final Duration fresh;
    private final Deferred out;
    private final Map<String, String> offline = new HashMap<>();

    /**
     * @param energy the show's energy counter; it publishes through the same deferral
     */
    PowerWatch(ShowFile show, Alerts alerts, Consumer<Reading> publish, Function<Consumer<Reading>, ShowEnergy> energy,
            Clock clock) {
        this.out = new Deferred(alerts, publish);
        AlertSink sink = new AlertSink(out);
        publish = out;
        this.energy = energy.apply(out);
        this.clock = clock;
        this.fresh = freshness(show);
        this.mains = new MainsWindow(show.rack().mains(), this::labelOf, sink, fresh);
        Map<String, List<PowerMeter>> feeds = new LinkedHashMap<>();
        for (PowerMeter m : show.powerMeters()) {
            meters.put(m.id(), m);
            List<PowerMeter> feed = feeds.computeIfAbsent(m.port(), p -> new ArrayList<>());
            feed.add(m);
            loads.put(m.id(), new BreakerLoad(m, show.alerts(), sink, publish,
                    (phase, at) -> lightest(feed, phase, at)));
        }
        for (List<PowerMeter> feed : feeds.values()) {
            PhaseBalance b = new PhaseBalance(feed, show.rack().mains().imbalanceWarningPercent(), sink, publish,
                    fresh);
            feed.forEach(m -> balances.put(m.id(), b));
        }
        for (TemperatureSensor t : show.temperatureSensors()) {
            temperatures.put(t.id(), new TemperatureWatch(t, sink, publish));
            if (t.kind() == TemperatureSensor.SensorKind.PI_SOC) {
                pis.put(t.id(), new PiFlags(t, sink));
            }
        }
    }

    private String labelOf(String meterId) {
        String label = meters.get(meterId).label();
        return label == null || label.isBlank() ? meterId : label;
    }

    /** The least loaded phase of a feed (the meters on one serial line) other than {@code phase}, on fresh readings. */
    private Optional<Reading> lightest(List<PowerMeter> feed, String phase, Instant now) {
        Reading best = null;
        for (PowerMeter m : feed) {
            for (Map.Entry<String, Reading> e : loads.get(m.id()).loads().entrySet()) {
                Reading r = e.getValue();
                if (!e.getKey().equals(phase) && !r.time().isBefore(now.minus(fresh))
                        && (best == null || r.value() < best.value())) {
                    best = r;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The voltages a meter measures, for the words of a reading beyond them. */
    static MainsWindow.Range range(MeterKind kind) {
        return switch (kind) {
            case PZEM004T -> new MainsWindow.Range(PzemMeasurement.MIN_VOLTAGE, PzemMeasurement.MAX_VOLTAGE);
            case SDM630 -> new MainsWindow.Range(SdmModel.SDM630.minVoltage(), SdmModel.SDM630.maxVoltage());
            case SDM120 -> new MainsWindow.Range(SdmModel.SDM120.minVoltage(), SdmModel.SDM120.maxVoltage());
        };
    }

    /** Readings older than three polls of the slowest meter (at least 5 s) no longer count. */
    static Duration freshness(ShowFile show) {
        Duration slowest = show.powerMeters().stream().map(PowerMeter::poll).max(Duration::compareTo)
                .orElse(Duration.ofSeconds(1));
        Duration three = slowest.multipliedBy(3);
        return three.compareTo(Duration.ofSeconds(5)) < 0 ? Duration.ofSeconds(5) : three;
    }

    void accept(Reading r) {
        boolean voltageFault = r.quality() == Quality.FAULT && meters.containsKey(r.deviceId())
                && r.metric().matches("l[1-3]_voltage");
        if (r.quality() != Quality.GOOD && !voltageFault) {
            return;
        }
        List<Runnable> said;
        synchronized (this) {
            if (voltageFault) {
                mains.fault(r, range(meters.get(r.deviceId()).kind()));
            } else {
                judge(r);
            }
            said = out.drain();
        }
        said.forEach(Runnable::run);
    }

    /** Saves the show's energy marks (on stop). */
    synchronized void save() {
        if (energy != null) {
            energy.save(clock.instant());
        }
    }

    /** Starts a new show's energy count on every meter. */
    void newShow() {
        List<Runnable> said;
        synchronized (this) {
            if (energy != null) {
                energy.newShow(clock.instant());
            }
            said = out.drain();
        }
        said.forEach(Runnable::run);
    }

    private void judge(Reading r) {
        String metric = r.metric();
        PowerMeter meter = meters.get(r.deviceId());
        if (meter != null) {
            if (metric.matches("l[1-3]_current")) {
                String phase = metric.substring(0, 2);
                loads.get(meter.id()).current(phase, r.value(), r.time());
                balances.get(meter.id()).current(meter.id(), phase, r);
            } else if (metric.matches("l[1-3]_voltage") || metric.equals("frequency")) {
                mains.accept(r);
            } else if (metric.equals("neutral_current")) {
                loads.get(meter.id()).neutralCurrent(r.value());
            } else if (metric.equals("energy") && energy != null) {
                energy.counter(r);
            }
            return;
        }
        TemperatureWatch t = temperatures.get(r.deviceId());
        PiFlags pi = pis.get(r.deviceId());
        if (t != null && metric.equals("temperature")) {
            t.accept(r);
            if (pi != null) {
                pi.temperature(r.value());
            }
        } else if (pi != null) {
            pi.accept(r);
        }
    }

    /** Why the next sequence step must not switch: supply out of its window or a phase over its warning. */
    synchronized Optional<String> stepBlocker() {
        Optional<String> supply = mainsProblem();
        if (supply.isPresent()) {
            return supply;
        }
        for (BreakerLoad l : loads.values()) {
            Optional<String> over = l.overWarning(clock.instant(), fresh);
            if (over.isPresent()) {
                return over;
            }
        }
        return Optional.empty();
    }

    /**
     * Why the supply is not fit now. Every phase a meter of the show file sees needs a fresh reading: a step's
     * inrush lands on a phase rackd cannot see otherwise, and its breaker or voltage could be anywhere.
     */
    synchronized Optional<String> mainsProblem() {
        if (meters.isEmpty()) {
            return Optional.of("no power meter in the show file to check the mains");
        }
        Instant now = clock.instant();
        Optional<String> supply = mains.problem(now);
        if (supply.isPresent() && supply.get().startsWith("no fresh")) {
            return supply; // every meter gone: one sentence, not the first phase
        }
        Map<Phase, List<PowerMeter>> byPhase = new TreeMap<>();
        for (PowerMeter m : meters.values()) {
            m.phases().forEach(p -> byPhase.computeIfAbsent(p, k -> new ArrayList<>()).add(m));
        }
        for (Map.Entry<Phase, List<PowerMeter>> e : byPhase.entrySet()) {
            String metric = e.getKey().name().toLowerCase(Locale.ROOT) + "_voltage";
            if (e.getValue().stream().noneMatch(m -> mains.freshVoltage(m.id(), metric, now))) {
                List<String> gone = e.getValue().stream().filter(m -> offline.containsKey(m.id()))
                        .map(m -> offline.get(m.id())).sorted().toList();
                return Optional.of(e.getKey() + " has no fresh reading"
                        + (gone.isEmpty() ? "" : " (" + String.join(", ", gone) + ")"));
            }
        }
        return supply;
    }

    /** A meter going offline or back: its reason names an unmetered phase ("Distro L3 offline"). */
    synchronized void online(String deviceId, boolean online, String reason) {
        PowerMeter m = meters.get(deviceId);
        if (m == null) {
            return;
        }
        if (online) {
            offline.remove(deviceId);
        } else {
            offline.put(deviceId, m.label() + " offline");
        }
    }
}
