package dev.rackd.app.power;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import dev.rackd.app.core.DomainModule;
import dev.rackd.app.core.RackContext;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.config.GpioOutput;
import dev.rackd.config.SequenceStep;
import dev.rackd.config.ShowFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The power and heat domain: mains meters, DC rails and temperatures from the show file onto their
 * drivers; breaker load, phase balance, the mains window, show energy and temperature trends from their
 * readings; the amp power sequence through relays, as the {@code sequence} command; {@code energy_reset}
 * to count a new show's energy from zero.
 */
public final class PowerModule implements DomainModule {
    private static final Logger LOG = LoggerFactory.getLogger(PowerModule.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RelayBank relayBank;
    private RackContext context;
    private PowerWatch watch;
    private PowerSequencer sequencer;
    private volatile Context pi4j;
    private RuntimeException pi4jFailure;

    /** Found by ServiceLoader; relays come from a {@link RelayBank} service, if the build has one. */
    public PowerModule() {
        this(ServiceLoader.load(RelayBank.class).findFirst().orElse(null));
    }

    /** @param relayBank the sequencing relays, or null where none are wired */
    public PowerModule(RelayBank relayBank) {
        this.relayBank = relayBank;
    }

    @Override
    public String name() {
        return "power";
    }

    @Override
    public void start(RackContext ctx) {
        this.context = ctx;
        ShowFile show = ctx.show();
        // the relays first, at the level they had before rackd stopped: nothing may find the amps cut meanwhile
        RelayMemory memory = new RelayMemory(ctx.store());
        Optional<RelayMemory.Saved> saved = memory.read();
        boolean sameBoot = saved.map(s -> s.boot().equals(memory.boot())).orElse(false);
        Set<String> wasOn = sameBoot ? saved.get().on() : Set.of();
        Map<String, Relay> relays = relays(show, wasOn);
        PowerDrivers.create(show, ctx::isVirtual, ctx.clock(), this::pi4j).forEach(ctx::attach);
        watch = new PowerWatch(show, ctx.alerts(), ctx.listener()::reading,
                out -> new ShowEnergy(ctx.store(), out), ctx.clock());
        ctx.state().onReading(watch::accept);
        ctx.state().onOnline(watch::online);
        sequencer = new PowerSequencer(show.sequence(), relays, watch::stepBlocker, watch::mainsProblem,
                this::publish, new AlertSink(ctx.alerts()), relays.keySet().stream().filter(wasOn::contains)
                        .collect(Collectors.toSet()), memory::save, ctx.state()::isOnline);
        ctx.state().onOnline((id, online, reason) -> sequencer.amp(id, online));
        saved.ifPresent(s -> sequencer.restore(s, sameBoot));
        ctx.commands().register("sequence", List.of(Role.CREW, Role.ADMIN), new SequenceCommand(sequencer));
        ctx.commands().register("energy_reset", List.of(Role.CREW, Role.ADMIN), request -> {
            request.allowOnly("confirm");
            // the count of the show so far is gone once reset: a stray tap must not do it
            request.requireConfirm("energy_reset sets every meter's show_energy back to zero");
            watch.newShow();
            return Map.of("show_energy", "counting from zero");
        });
        ctx.messaging().onConnect(() -> publish(sequencer.status()));
    }

    /**
     * The sequencing relays the bank can drive, opened on where {@code on} names them and off otherwise (with no
     * saved state, after a reboot or on a fresh install: rackd does not know the amps were meant to be on, and
     * switching several on at once is the inrush the sequence exists to avoid); steps whose relay is missing are
     * refused at start.
     */
    private Map<String, Relay> relays(ShowFile show, Set<String> on) {
        Map<String, Relay> relays = new HashMap<>();
        if (relayBank == null) {
            if (!show.sequence().isEmpty()) {
                LOG.warn("no relay outputs in this build: the power sequence will be refused");
            }
            return relays;
        }
        for (SequenceStep step : show.sequence()) {
            Optional<GpioOutput> out = show.gpioOutputs().stream().filter(o -> o.id().equals(step.relay()))
                    .findFirst();
            out.ifPresent(o -> relays.put(o.id(), relayBank.relay(o, on.contains(o.id()))));
        }
        return relays;
    }

    private void publish(SequenceStatus status) {
        try {
            context.messaging().publish(context.messaging().prefix() + "power/sequence",
                    JSON.writeValueAsBytes(status), 1, true);
        } catch (JsonProcessingException e) {
            LOG.error("cannot write the sequence status", e);
        }
    }

    /** Pi4J only where a DC monitor needs it; on a machine without I2C this throws and the monitor says so. */
    private synchronized Context pi4j() {
        Optional<Context> simulated = RackI2c.handedIn();
        if (simulated.isPresent()) {
            return simulated.get(); // its owner shuts it down, not this module
        }
        if (pi4j == null && pi4jFailure == null) {
            try {
                pi4j = Pi4J.newAutoContext();
            } catch (RuntimeException e) {
                pi4jFailure = new IllegalStateException("no I2C on this machine (" + e.getMessage() + ")", e);
            }
        }
        if (pi4j == null) {
            throw pi4jFailure;
        }
        return pi4j;
    }

    @Override
    public void stop() {
        if (sequencer != null) {
            sequencer.shutdown(); // never switches amps off: a restart puts them back as they are
        }
        if (watch != null) {
            watch.save();
        }
        Context c = pi4j;
        if (c != null) {
            try {
                c.shutdown();
            } catch (RuntimeException e) {
                LOG.warn("Pi4J did not shut down cleanly: {}", e.getMessage());
            }
        }
    }
}
