package dev.rackd.config;

import java.time.Duration;
import java.util.List;

/**
 * A networked wireless receiver and its channels.
 *
 * @param kind   model family; decides protocol and compatibility profile
 * @param port   2202 for Shure, 53212 for Sennheiser EW
 * @param tuningMinKhz lowest frequency the receiver's band tunes
 * @param tuningMaxKhz highest
 * @param stepKhz      tuning step (25 kHz for most)
 */
public record WirelessReceiver(
        String id,
        String label,
        ReceiverKind kind,
        String host,
        int port,
        long tuningMinKhz,
        long tuningMaxKhz,
        int stepKhz,
        List<WirelessChannel> channels,
        Duration meterInterval) {
    /** The band any receiver, scan or coordination range may lie in, kHz: nothing a wireless system tunes is outside. */
    public static final long LOWEST_KHZ = 30_000;
    public static final long HIGHEST_KHZ = 3_000_000;

    public WirelessReceiver {
        channels = List.copyOf(channels);
    }

    public enum ReceiverKind { SHURE_ULXD, SHURE_QLXD, SHURE_SLXD, SHURE_AXIENT, SENNHEISER_EW }

    /**
     * @param channel     1-based
     * @param use         microphones and in-ear transmitters are coordinated apart
     * @param frequencyKhz the frequency the show was coordinated with, 0 if none yet
     * @param autoRetune  may rackd re-tune this channel to a clean backup on its own (only while muted or idle)
     * @param locked      coordination keeps {@code frequencyKhz} as it is and fits the others around it
     */
    public record WirelessChannel(
            int channel, String name, ChannelUse use, long frequencyKhz, boolean autoRetune, boolean locked) {

        /** A channel coordination may move. */
        public WirelessChannel(int channel, String name, ChannelUse use, long frequencyKhz, boolean autoRetune) {
            this(channel, name, use, frequencyKhz, autoRetune, false);
        }
    }

    public enum ChannelUse { MIC, IEM }
}
