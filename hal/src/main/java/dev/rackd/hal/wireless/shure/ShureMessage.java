package dev.rackd.hal.wireless.shure;

/** One frame from a Shure networked receiver, decoded by {@link ShureCodec}. */
public sealed interface ShureMessage {
    /** {@code < REP x NAME value >}; channel 0 for device-wide properties. */
    record Report(int channel, String property, String value) implements ShureMessage {}

    /**
     * {@code < SAMPLE x ALL ... >}: one channel's metering, whatever the family's layout.
     *
     * @param antennas  the antenna status letters as sent ({@code AX}, {@code XB} on ULX-D; {@code BB}, {@code RBXB} on
     *                  Axient Digital), empty where the family sends none (SLX-D)
     * @param rfDbm     RF level (the strongest antenna)
     * @param audioDbfs audio level (peak)
     */
    record Sample(int channel, String antennas, int rfDbm, int audioDbfs) implements ShureMessage {}

    /**
     * A metering frame for a channel whose content does not have the family's shape or ranges: the receiver is
     * talking, but its metering cannot be trusted.
     */
    record BadSample(int channel, String frame) implements ShureMessage {}

    /** {@code < REP ERR >}: the receiver refused the last command (bad format or value out of range). */
    record Refused() implements ShureMessage {}

    /** A frame that is well delimited but not understood (other models' extras, firmware additions). */
    record Unknown(String frame) implements ShureMessage {}
}
