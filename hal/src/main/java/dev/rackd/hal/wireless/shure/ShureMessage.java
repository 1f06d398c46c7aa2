package dev.rackd.hal.wireless.shure;

/** One frame from a Shure networked receiver, decoded by {@link ShureCodec}. */
public sealed interface ShureMessage {
    /** {@code < REP x NAME value >}; channel 0 for device-wide properties. */
    record Report(int channel, String property, String value) implements ShureMessage {}

    /**
     * {@code < SAMPLE x ALL aa rrr aaa >} (ULX-D / QLX-D metering).
     *
     * @param antennas  which antennas are active, e.g. {@code AX}, {@code XB}, {@code AB}, {@code XX}
     * @param rfDbm     RF level
     * @param audioDbfs audio level
     */
    record Sample(int channel, String antennas, int rfDbm, int audioDbfs) implements ShureMessage {}

    /** {@code < REP ERR >}: the receiver refused the last command (bad format or value out of range). */
    record Refused() implements ShureMessage {}

    /** A frame that is well delimited but not understood (other models' extras, firmware additions). */
    record Unknown(String frame) implements ShureMessage {}
}
