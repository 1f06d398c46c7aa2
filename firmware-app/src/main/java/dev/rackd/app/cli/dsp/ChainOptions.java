package dev.rackd.app.cli.dsp;

import dev.rackd.dsp.ChainSettings;
import dev.rackd.dsp.FeedbackMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The chain's options, shared by {@code process} and {@code stream}. */
final class ChainOptions {
    static final double DEFAULT_LIMITER_DBTP = -1.0;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--mode", paramLabel = "off|live|ringout", converter = ModeConverter.class,
            defaultValue = "live", description = "Feedback suppression: off, live (show) or ringout. Default: live.")
    private FeedbackMode mode;

    @Option(names = "--max-notches", paramLabel = "N", defaultValue = "24",
            description = "Notches per channel, 1 to 64. Default: 24.")
    private int maxNotches;

    // Two plain options rather than an exclusive ArgGroup: picocli lists a group's options twice in the help of a
    // command that takes them through a mixin.
    @Option(names = "--limiter-dbtp", paramLabel = "DBTP",
            description = "True-peak limiter threshold, -60 to 0 dBTP. Default: -1.")
    private Double limiterDbtp;

    @Option(names = "--no-limiter", description = "Leaves peaks alone (the latency stays). Not with --limiter-dbtp.")
    private boolean noLimiter;

    static final class ModeConverter implements ITypeConverter<FeedbackMode> {
        @Override
        public FeedbackMode convert(String value) {
            try {
                return FeedbackMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage()); // the words alone, not the exception's class
            }
        }
    }

    /** The chain as the options ask, at the given rate; a bad combination is a usage error (exit 2). */
    ChainSettings settings(double sampleRateHz) {
        ChainSettings s = ChainSettings.defaults(sampleRateHz).withMode(mode);
        if (maxNotches < 1 || maxNotches > 64) {
            throw new ParameterException(spec.commandLine(), "--max-notches is " + maxNotches + "; allowed: 1 to 64");
        }
        s = s.withMaxNotches(maxNotches);
        if (noLimiter && limiterDbtp != null) {
            throw new ParameterException(spec.commandLine(),
                    "--limiter-dbtp and --no-limiter are mutually exclusive; give one of them");
        }
        if (noLimiter) {
            return s.withoutLimiter();
        }
        double dbtp = limiterDbtp != null ? limiterDbtp : DEFAULT_LIMITER_DBTP;
        if (!(dbtp >= -60 && dbtp <= 0)) {
            throw new ParameterException(spec.commandLine(), "--limiter-dbtp is " + dbtp + "; allowed: -60 to 0");
        }
        return s.withLimiterDbtp(dbtp);
    }
}
