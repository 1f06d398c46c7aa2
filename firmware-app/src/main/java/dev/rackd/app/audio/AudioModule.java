package dev.rackd.app.audio;

import dev.rackd.app.alerts.Severity;
import dev.rackd.app.core.DomainModule;
import dev.rackd.app.core.RackContext;
import dev.rackd.config.AudioSettings;
import dev.rackd.dsp.ChainSettings;
import dev.rackd.dsp.FeedbackMode;
import dev.rackd.dsp.FixedNotch;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The show file's {@code audio:} section made real: one chain per channel between the named capture and playback
 * devices, fixed notches restored from the state directory, the audio commands registered, the whole path attached
 * to the rack as device {@code audio}.
 */
public final class AudioModule implements DomainModule {
    private static final Logger LOG = LoggerFactory.getLogger(AudioModule.class);
    static final String RESTORE_RULE = "audio_notch_restore";

    private final Function<AudioSettings, AudioPort> ports;
    private final Duration tick;
    private final Duration meterPeriod;
    private final Function<EngineConfig, EngineConfig> tuning;
    private final Runnable onAudioThread;

    /**
     * Found by the service through {@link java.util.ServiceLoader}: Java Sound devices, meters every second, the audio
     * thread at real-time priority.
     */
    public AudioModule() {
        this(s -> new JavaSoundPort(s.inputDevice(), s.outputDevice()), Duration.ofMillis(200), Duration.ofSeconds(1),
                Function.identity(), AudioThreadPriority::raise);
    }

    /** For tests: the audio thread at the priority it was born with. */
    AudioModule(Function<AudioSettings, AudioPort> ports, Duration tick, Duration meterPeriod,
            Function<EngineConfig, EngineConfig> tuning) {
        this(ports, tick, meterPeriod, tuning, () -> { });
    }

    private AudioModule(Function<AudioSettings, AudioPort> ports, Duration tick, Duration meterPeriod,
            Function<EngineConfig, EngineConfig> tuning, Runnable onAudioThread) {
        this.ports = ports;
        this.tick = tick;
        this.meterPeriod = meterPeriod;
        this.tuning = tuning;
        this.onAudioThread = onAudioThread;
    }

    @Override
    public String name() {
        return "audio";
    }

    @Override
    public void start(RackContext context) {
        if (context.show().audio().isEmpty() || context.isVirtual(AudioSettings.DEVICE_ID)) {
            return;
        }
        AudioSettings a = context.show().audio().get();
        ChainSettings chain = ChainSettings.defaults(a.sampleRate())
                .withMode(FeedbackMode.valueOf(a.feedbackMode().name()))
                .withMaxNotches(a.maxNotches())
                .withLimiterDbtp(a.limiterDbtp());
        ChainBank bank = new ChainBank(chain, a.channels());
        FixedNotchStore store = new FixedNotchStore(context.store());
        Optional<List<List<FixedNotch>>> restored = restore(store, context);
        List<List<FixedNotch>> saved = restored.orElse(List.of());
        bank.loadFixedNotches(saved);
        AudioEngine engine = new AudioEngine(ports.apply(a), bank,
                tuning.apply(EngineConfig.of(a.sampleRate(), a.blockSize(), a.channels(), a.cushionBlocks())));
        FixedNotchKeeper keeper = new FixedNotchKeeper(bank, store, context.alerts(), saved, restored.isEmpty());
        AudioCommands.register(context.commands(), bank, context.alerts(), keeper);
        FeedbackModeAlert.show(context.alerts(), chain.mode());
        context.attach(new AudioDevice(engine, bank, context.alerts(), context.messaging(), keeper, context.clock(),
                tick, meterPeriod, onAudioThread));
        // one block captured, the cushion, the limiter's lookahead; the driver adds its own
        int throughFrames = (1 + a.cushionBlocks()) * a.blockSize() + bank.latencySamples();
        LOG.info("audio: {} ch at {} Hz, blocks of {}, cushion of {}, {} ms through rackd, {} in, {} out, {} fixed"
                + " notches restored", a.channels(), a.sampleRate(), a.blockSize(), a.cushionBlocks(),
                String.format(Locale.ROOT, "%.1f", 1000.0 * throughFrames / a.sampleRate()), a.inputDevice(),
                a.outputDevice(), saved.stream().mapToInt(List::size).sum());
    }

    /**
     * The saved set, or empty when it could not be restored (then said in the warning {@value #RESTORE_RULE}). A clean
     * restore clears that warning, which the alert journal keeps open from the run that raised it.
     */
    private static Optional<List<List<FixedNotch>>> restore(FixedNotchStore store, RackContext context) {
        try {
            List<List<FixedNotch>> saved = store.load().orElse(List.of());
            context.alerts().clear(RESTORE_RULE, AudioSettings.DEVICE_ID, "fixed_notches");
            return Optional.of(saved);
        } catch (IOException e) {
            LOG.warn("audio: {}", e.getMessage());
            context.alerts().raise(RESTORE_RULE, AudioSettings.DEVICE_ID, "fixed_notches", Severity.WARNING, 0, 0,
                    "Ring-out notches could not be restored (" + e.getMessage() + "); ring out again");
            return Optional.empty();
        }
    }

    @Override
    public void stop() {
        // the device is attached to the context, which closes it
    }
}
