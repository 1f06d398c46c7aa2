package dev.rackd.config;

import dev.rackd.config.CoordinationSettings.TvPlan;
import java.util.List;
import java.util.Optional;

/**
 * UHF TV channel numbering and what each plan closes to wireless microphones whatever the venue. EU: 8 MHz channels
 * 21 to 69 from 470 MHz. US: 6 MHz channels 14 to 36 from 470 MHz, and channel 37 (608-614 MHz), which is never
 * usable; above 614 MHz the US has no TV channels since the 600 MHz incentive auction.
 */
public final class TvChannels {
    private static final long UHF_START_KHZ = 470_000;

    /** A band a plan closes to wireless microphones, both ends included, and why in the crew's words. */
    public record Closed(KhzRange range, String why) {
        /** As a message names it: {@code 608000-613999 kHz (608-614 MHz is TV channel 37, ...)}. */
        public String describe() {
            return range.fromKhz() + "-" + range.toKhz() + " kHz (" + why + ")";
        }
    }

    /*
     * 47 CFR 15.236 (unlicensed) and 74.802 (licensed) after the 600 MHz incentive auction: microphones left the 600
     * MHz service band (617-652 and 663-698 MHz) by 13 July 2020. What stays open above 608 MHz is the guard band's
     * 614-616 MHz (unlicensed, 20 mW EIRP; 616-617 MHz is a buffer) and the duplex gap's 653-657 MHz (licensed) and
     * 657-663 MHz (unlicensed, 20 mW EIRP; 652-653 MHz is a buffer). Channel 37 has always been radio astronomy's,
     * and the 700 MHz band (698-806 MHz) has been closed to microphones since 12 June 2010.
     */
    private static final List<Closed> US_CLOSED = List.of(
            new Closed(new KhzRange(608_000, 613_999),
                    "608-614 MHz is TV channel 37, kept for radio astronomy in the US plan"),
            new Closed(new KhzRange(616_000, 652_999), "616-653 MHz is the 600 MHz mobile downlink and its buffers,"
                    + " closed to wireless microphones in the US plan since 13 July 2020"),
            new Closed(new KhzRange(663_000, 697_999), "663-698 MHz is the 600 MHz mobile uplink, closed to wireless"
                    + " microphones in the US plan since 13 July 2020"),
            new Closed(new KhzRange(698_000, 805_999), "698-806 MHz is the 700 MHz band, closed to wireless"
                    + " microphones in the US plan since 12 June 2010"));

    private TvChannels() {}

    public static int widthKhz(TvPlan plan) {
        return plan == TvPlan.US ? 6_000 : 8_000;
    }

    public static int firstChannel(TvPlan plan) {
        return plan == TvPlan.US ? 14 : 21;
    }

    /** The highest numbered channel: US 37 (608-614 MHz), EU 69 (854-862 MHz). */
    public static int lastChannel(TvPlan plan) {
        return plan == TvPlan.US ? 37 : 69;
    }

    /** The highest channel a venue may exclude or include: US 36, EU 69. */
    public static int lastOpenChannel(TvPlan plan) {
        return plan == TvPlan.US ? 36 : 69;
    }

    /** The channel a frequency falls in ([start, end) per channel), or 0 outside the plan's UHF TV channels. */
    public static int channelOf(TvPlan plan, long khz) {
        if (khz < UHF_START_KHZ) {
            return 0;
        }
        long ch = firstChannel(plan) + (khz - UHF_START_KHZ) / widthKhz(plan);
        return ch > lastChannel(plan) ? 0 : (int) ch;
    }

    /** The channel's span, both ends included (the upper end is the next channel's first kHz minus one). */
    public static KhzRange span(TvPlan plan, int channel) {
        if (channel < firstChannel(plan) || channel > lastChannel(plan)) {
            throw new IllegalArgumentException("TV channel " + channel + " is not a UHF channel of the "
                    + plan + " plan (" + firstChannel(plan) + " to " + lastChannel(plan) + ")");
        }
        long start = UHF_START_KHZ + (long) (channel - firstChannel(plan)) * widthKhz(plan);
        return new KhzRange(start, start + widthKhz(plan) - 1);
    }

    /** What the plan closes to wireless microphones at every venue, ascending; none in the EU plan. */
    public static List<Closed> closed(TvPlan plan) {
        return plan == TvPlan.US ? US_CLOSED : List.of();
    }

    /** The closed band a frequency lies in, if any. */
    public static Optional<Closed> closedAt(TvPlan plan, long khz) {
        return closed(plan).stream().filter(c -> c.range().contains(khz)).findFirst();
    }

    /**
     * Why a channel number that used to be a UHF TV channel cannot be excluded or included in this plan: the US
     * channels from 37 up, closed everywhere, so listing them would change nothing or promise what may not be used.
     */
    public static Optional<String> unlisted(TvPlan plan, int channel) {
        if (plan != TvPlan.US || channel <= lastOpenChannel(plan) || channel > 69) {
            return Optional.empty();
        }
        if (channel == 37) {
            return Optional.of(US_CLOSED.getFirst().why() + ", closed to microphones at every venue");
        }
        return Optional.of(channel <= 51
                ? "the US plan has no TV channel " + channel + " since the 600 MHz auction: 614-698 MHz is mobile"
                        + " service, open to microphones only in 614-616 and 653-663 MHz"
                : "the US plan has no TV channel " + channel + ": 698-806 MHz is the 700 MHz band, closed to wireless"
                        + " microphones since 12 June 2010");
    }
}
