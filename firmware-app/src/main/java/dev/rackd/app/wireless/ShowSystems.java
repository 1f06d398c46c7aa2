package dev.rackd.app.wireless;

import dev.rackd.app.wireless.coord.CarrierClass;
import dev.rackd.app.wireless.coord.CompatibilityProfile;
import dev.rackd.app.wireless.coord.Equipment;
import dev.rackd.app.wireless.coord.WirelessSystem;
import dev.rackd.config.CoordinationSettings;
import dev.rackd.config.CoordinationSettings.Profile;
import dev.rackd.config.ShowFile;
import dev.rackd.config.WirelessReceiver;
import dev.rackd.config.WirelessReceiver.WirelessChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The show file's receiver channels as systems to coordinate. Shure ULX-D, QLX-D, SLX-D and Axient Digital use the
 * digital profile; Sennheiser EW the EW G4 profile, at the show file's level (standard when it names none).
 */
final class ShowSystems {
    private ShowSystems() {}

    static Equipment equipment(WirelessReceiver.ReceiverKind kind) {
        return kind == WirelessReceiver.ReceiverKind.SENNHEISER_EW ? Equipment.SENNHEISER_EW_G4 : Equipment.DIGITAL;
    }

    static Profile level(ShowFile show) {
        return show.coordination().map(CoordinationSettings::profile).orElse(Profile.STANDARD);
    }

    static CarrierClass carrierClass(WirelessReceiver r, WirelessChannel c, Profile level) {
        CompatibilityProfile p = equipment(r.kind()).profile(level);
        return new CarrierClass(p, c.use());
    }

    /**
     * Every channel as a system. The show file's {@code locked} channels and those named in {@code keep} stay where
     * they are in {@code current} (what the receiver carries; for a locked channel never moved, its show-file
     * frequency).
     */
    static List<WirelessSystem> of(ShowFile show, Profile level, Set<String> keep, FrequencyPlan current) {
        List<WirelessSystem> systems = new ArrayList<>();
        for (WirelessReceiver r : show.receivers()) {
            for (WirelessChannel c : r.channels()) {
                String key = FrequencyPlan.key(r.id(), c.channel());
                WirelessSystem s = WirelessSystem.of(key, r.tuningMinKhz(), r.tuningMaxKhz(), r.stepKhz(),
                        carrierClass(r, c, level));
                Long now = current.mainsKhz().get(key);
                if (now == null && c.locked()) {
                    now = c.frequencyKhz();
                }
                systems.add((keep.contains(key) || c.locked()) && now != null ? s.lockedAt(now) : s);
            }
        }
        return systems;
    }

    static Optional<WirelessReceiver> receiver(ShowFile show, String id) {
        return show.receivers().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    static Optional<WirelessChannel> channel(ShowFile show, String key) {
        int slash = key.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String rx = key.substring(0, slash);
        String ch = key.substring(slash + 1);
        return receiver(show, rx).flatMap(r -> r.channels().stream()
                .filter(c -> Integer.toString(c.channel()).equals(ch)).findFirst());
    }

    /** The plan the show file itself states (its coordinated frequencies), for a rack with no saved plan. */
    static FrequencyPlan fromShow(ShowFile show) {
        java.util.Map<String, Long> mains = new java.util.TreeMap<>();
        for (WirelessReceiver r : show.receivers()) {
            for (WirelessChannel c : r.channels()) {
                if (c.frequencyKhz() > 0) {
                    mains.put(FrequencyPlan.key(r.id(), c.channel()), c.frequencyKhz());
                }
            }
        }
        return new FrequencyPlan(mains, List.of(), level(show).name().toLowerCase(java.util.Locale.ROOT),
                List.of("from the show file"));
    }
}
