package dev.rackd.app.wireless.coord;

import dev.rackd.config.WirelessReceiver.ChannelUse;
import java.util.Objects;

/** What decides a carrier's guards: its receiver's compatibility profile and whether it is a mic or an in-ear. */
public record CarrierClass(CompatibilityProfile profile, ChannelUse use) {
    public CarrierClass {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(use, "use");
    }

    public static CarrierClass mic(CompatibilityProfile profile) {
        return new CarrierClass(profile, ChannelUse.MIC);
    }

    public boolean iem() {
        return use == ChannelUse.IEM;
    }
}
