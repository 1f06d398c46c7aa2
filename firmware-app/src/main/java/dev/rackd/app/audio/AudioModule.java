package dev.rackd.app.audio;

import dev.rackd.app.alerts.Severity;
import dev.rackd.app.core.DomainModule;
import dev.rackd.app.core.RackContext;
import dev.rackd.config.AudioSettings;
import dev.rackd.dsp.ChainSettings;
import dev.rackd.dsp.FeedbackMode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
        FixedNotchRestore restored = restore(store, context, a);
        bank.loadFixedNotches(restored.placed());
        AudioEngine engine = new AudioEngine(ports.apply(a), bank,
                tuning.apply(EngineConfig.of(a.sampleRate(), a.blockSize(), a.channels(), a.cushionBlocks())));
        FixedNotchKeeper keeper = new FixedNotchKeeper(bank, store, context.alerts(), restored.placed(),
                restored.warning().isPresent());
        AudioCommands.register(context.commands(), bank, context.alerts(), keeper);
        FeedbackModeAlert.show(context.alerts(), chain.mode());
        context.attach(new AudioDevice(engine, bank, context.alerts(), context.messaging(), keeper, context.clock(),
                tick, meterPeriod, onAudioThread));
        // one block captured, the cushion, the limiter's lookahead; the driver adds its own
        int throughFrames = (1 + a.cushionBlocks()) * a.blockSize() + bank.latencySamples();
        LOG.info("audio: {} ch at {} Hz, blocks of {}, cushion of {}, {} ms through rackd, {} in, {} out, {} fixed"
                + " notches restored", a.channels(), a.sampleRate(), a.blockSize(), a.cushionBlocks(),
                String.format(Locale.ROOT, "%.1f", 1000.0 * throughFrames / a.sampleRate()), a.inputDevice(),
                a.outputDevice(), restored.count());
    }

    /**
     * What of the saved set the show can use. Whatever is not in place, a file that could not be read or a notch left
     * out, is said in the warning {@value #RESTORE_RULE}; a clean restore clears it, which the alert journal keeps open
     * from the run that raised it.
     */
    private static FixedNotchRestore restore(FixedNotchStore store, RackContext context, AudioSettings a) {
        FixedNotchRestore restored;
        try {
            restored = FixedNotchRestore.check(store.load().orElse(List.of()), a.channels(), a.sampleRate(),
                    a.maxNotches());
        } catch (IOException e) {
            restored = FixedNotchRestore.lost(a.channels(), e.getMessage());
        }
        if (restored.warning().isEmpty()) {
            context.alerts().clear(RESTORE_RULE, AudioSettings.DEVICE_ID, "fixed_notches");
        } else {
            LOG.warn("audio: {}", restored.warning().get());
            context.alerts().raise(RESTORE_RULE, AudioSettings.DEVICE_ID, "fixed_notches", Severity.WARNING,
                    restored.leftOut(), 0, restored.warning().get());
        }
        return restored;
    }

    @Override
    public void stop() {
        // the device is attached to the context, which closes it
    }
}
