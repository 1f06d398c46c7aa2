package dev.rackd.app.amps;

import dev.rackd.app.alerts.Severity;
import dev.rackd.app.core.DomainModule;
import dev.rackd.app.core.RackContext;
import dev.rackd.config.Amplifier;
import dev.rackd.hal.amps.AmpControl;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The amps domain: a driver per amplifier of the show file, the checks on their readings (drift, load, faults,
 * temperature trend) and the crew commands mute, unmute, gain, standby, wake and restore.
 */
public final class AmpModule implements DomainModule {
    private static final Logger log = LoggerFactory.getLogger(AmpModule.class);

    private final AmpWatch.Tuning tuning;
    private final Map<String, AmpWatch> watches = new LinkedHashMap<>();

    public AmpModule() {
        this(AmpWatch.Tuning.defaults());
    }

    /**
     * @param trendWindow  how much temperature history the trend uses
     * @param trendMinSpan how much it needs before it says anything
     */
    public AmpModule(Duration trendWindow, Duration trendMinSpan) {
        this(new AmpWatch.Tuning(trendWindow, trendMinSpan));
    }

    private AmpModule(AmpWatch.Tuning tuning) {
        this.tuning = tuning;
    }

    @Override
    public String name() {
        return "amps";
    }

    @Override
    public void start(RackContext ctx) {
        for (Amplifier amp : ctx.show().amplifiers()) {
            AmpControl driver = null;
            if (!ctx.isVirtual(amp.id())) {
                try {
                    driver = AmpDrivers.create(amp, ctx.clock());
                } catch (IllegalArgumentException e) {
                    log.error("{}", e.getMessage());
                    ctx.alerts().raise("amp_config", amp.id(), "config", Severity.CRITICAL, 1, 1,
                            AmpNames.amp(amp) + " cannot be driven: " + e.getMessage());
                }
            }
            watches.put(amp.id(), new AmpWatch(amp, driver, ctx.alerts(), ctx.listener(), tuning));
        }
        ctx.state().onReading(r -> {
            AmpWatch w = watches.get(r.deviceId());
            if (w != null) {
                w.reading(r);
            }
        });
        new AmpCommands(watches, ctx.clock()).register(ctx.commands());
        watches.values().forEach(w -> w.driver().ifPresent(ctx::attach));
    }

    @Override
    public void stop() {
        // The context closes the drivers it was given; nothing else here holds resources.
    }
}
