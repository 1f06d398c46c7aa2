package dev.rackd.config;

import dev.rackd.config.WirelessReceiver.ReceiverKind;

/** How many channels the largest model of each receiver family has (ULXD4Q and AD4Q: four; EW: one). */
final class ReceiverChannels {
    private ReceiverChannels() {}

    static int most(ReceiverKind kind) {
        return switch (kind) {
            case SHURE_ULXD, SHURE_AXIENT -> 4;
            case SHURE_SLXD -> 2;
            case SHURE_QLXD, SENNHEISER_EW -> 1;
        };
    }
}
