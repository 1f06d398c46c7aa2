package dev.rackd.config;

import dev.rackd.config.CoordinationSettings.TvPlan;

/** UHF TV channel numbering: US 6 MHz channels from ch 14 at 470 MHz, EU 8 MHz channels from ch 21 at 470 MHz. */
public final class TvChannels {
    private static final long UHF_START_KHZ = 470_000;
    /** US ch 69 (806 MHz, before the repacks), EU ch 69 (862 MHz). */
    public static final int LAST_CHANNEL = 69;

    private TvChannels() {}

    public static int widthKhz(TvPlan plan) {
        return plan == TvPlan.US ? 6_000 : 8_000;
    }

    public static int firstChannel(TvPlan plan) {
        return plan == TvPlan.US ? 14 : 21;
    }

    /** The channel a frequency falls in ([start, end) per channel), or 0 outside the UHF TV band. */
    public static int channelOf(TvPlan plan, long khz) {
        if (khz < UHF_START_KHZ) {
            return 0;
        }
        long ch = firstChannel(plan) + (khz - UHF_START_KHZ) / widthKhz(plan);
        return ch > LAST_CHANNEL ? 0 : (int) ch;
    }

    /** The channel's span, both ends included (the upper end is the next channel's first kHz minus one). */
    public static KhzRange span(TvPlan plan, int channel) {
        if (channel < firstChannel(plan) || channel > LAST_CHANNEL) {
            throw new IllegalArgumentException("TV channel " + channel + " is not a UHF channel of the "
                    + plan + " plan (" + firstChannel(plan) + " to " + LAST_CHANNEL + ")");
        }
        long start = UHF_START_KHZ + (long) (channel - firstChannel(plan)) * widthKhz(plan);
        return new KhzRange(start, start + widthKhz(plan) - 1);
    }
}
