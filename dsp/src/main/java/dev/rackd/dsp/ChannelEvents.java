package dev.rackd.dsp;

/** A channel's way into the shared event ring: stamps the channel number on each event. */
final class ChannelEvents {
    private final DspEvents ring;
    private final int channel;

    ChannelEvents(DspEvents ring, int channel) {
        this.ring = ring;
        this.channel = channel;
    }

    void emit(DspEventType type, long sample, double hz, double depthDb, double widthOct, boolean fixed) {
        ring.offer(type, channel, sample, hz, depthDb, widthOct, fixed);
    }
}
