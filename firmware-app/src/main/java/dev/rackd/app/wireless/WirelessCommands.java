package dev.rackd.app.wireless;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.CommandRequest;
import dev.rackd.app.command.Commands;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.app.wireless.coord.ProgressListener;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.config.CoordinationSettings.Profile;
import dev.rackd.config.WirelessReceiver;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The wireless commands: {@code rf_status}, {@code rf_coordinate}, {@code rf_deploy} and {@code rf_retune} (both
 * need {@code "confirm": true}: they change what the performers are on), and {@code scan} (answers at once, the
 * result follows as an event).
 */
final class WirelessCommands {
    private static final List<Role> CREW = List.of(Role.CREW, Role.ADMIN);

    private final WirelessRuntime runtime;
    private final ChannelWatch watch;
    private final BackupFinder finder;
    private final ScanRunner scans;

    WirelessCommands(WirelessRuntime runtime, ChannelWatch watch, BackupFinder finder, ScanRunner scans) {
        this.runtime = runtime;
        this.watch = watch;
        this.finder = finder;
        this.scans = scans;
    }

    void register(Commands commands) {
        commands.register("rf_status", List.of(Role.VIEWER, Role.CREW, Role.ADMIN), this::status);
        commands.register("rf_coordinate", CREW, this::coordinate);
        commands.register("rf_deploy", CREW, this::deploy);
        commands.register("rf_retune", CREW, this::retune);
        commands.register("scan", CREW, this::scan);
    }

    private Object status(CommandRequest r) throws CommandException {
        r.allowOnly();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("deployed", runtime.deployed());
        out.put("proposed", runtime.proposed().orElse(null));
        Map<String, Long> proposals = new LinkedHashMap<>();
        runtime.deployed().mainsKhz().keySet().forEach(k -> watch.proposal(k).ifPresent(f -> proposals.put(k, f)));
        out.put("interference_backups", proposals);
        out.put("scan_points", runtime.scan().size());
        return out;
    }

    private Object coordinate(CommandRequest r) throws CommandException {
        r.allowOnly("profile", "keep");
        Profile level = r.optionalString("profile").isPresent()
                ? Profile.valueOf(r.requireOneOf("profile", "standard", "robust", "more").toUpperCase(Locale.ROOT))
                : ShowSystems.level(runtime.show());
        Set<String> keep = keep(r.args().get("keep"));
        try {
            return runtime.coordinate(level, keep, ProgressListener.NONE);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ErrorCode.REFUSED, "cannot coordinate: " + e.getMessage());
        } catch (IOException e) {
            throw new CommandException(ErrorCode.INTERNAL, "the plan could not be saved: " + e.getMessage());
        }
    }

    private Object deploy(CommandRequest r) throws CommandException {
        r.allowOnly("confirm");
        FrequencyPlan plan = runtime.proposed().orElseThrow(() -> new CommandException(ErrorCode.REFUSED,
                "there is no coordinated plan to deploy: run rf_coordinate first"));
        r.requireConfirm("rf_deploy sets " + plan.mainsKhz().size() + " channel frequencies on the receivers");
        try {
            List<WirelessRuntime.Tuned> done = runtime.deploy(plan);
            List<WirelessRuntime.Tuned> failed = done.stream().filter(t -> !t.ok()).toList();
            Map<String, Object> outcome = Map.of("deployed", done.stream().filter(WirelessRuntime.Tuned::ok)
                            .map(t -> Map.of("channel", t.channel(), "frequency_khz", t.readBackKhz())).toList(),
                    "failed", failed.stream().map(t -> Map.of("channel", t.channel(),
                            "wanted_khz", t.wantedKhz(), "error", t.error())).toList());
            if (!failed.isEmpty()) {
                // a plan half on air is not a plan: the crew must see it failed, and which channels
                throw new CommandException(ErrorCode.DEVICE_OFFLINE, failed.size() + " of " + done.size()
                        + " channels were not set, the rest are on their new frequencies: " + failed.stream()
                        .map(t -> t.channel() + " (" + t.wantedKhz() + " kHz: " + t.error() + ")")
                        .collect(Collectors.joining(", ")) + "; check those receivers and run rf_deploy again",
                        outcome);
            }
            return outcome;
        } catch (IOException e) {
            throw new CommandException(ErrorCode.INTERNAL, "tuned, but the plan could not be saved: " + e.getMessage());
        }
    }

    private Object retune(CommandRequest r) throws CommandException {
        r.allowOnly("receiver", "channel", "frequency_khz", "confirm");
        String rx = r.requireString("receiver");
        WirelessReceiver receiver = ShowSystems.receiver(runtime.show(), rx).orElseThrow(() -> new CommandException(
                ErrorCode.NOT_FOUND, "no receiver '" + rx + "' in the show file"));
        int ch = r.requireInt("channel", 1, 8);
        String key = FrequencyPlan.key(rx, ch);
        if (ShowSystems.channel(runtime.show(), key).isEmpty()) {
            throw new CommandException(ErrorCode.NOT_FOUND, rx + " has no channel " + ch + " in the show file");
        }
        long to = r.args().has("frequency_khz")
                ? onGrid(receiver, r.requireInt("frequency_khz", (int) receiver.tuningMinKhz(),
                        (int) receiver.tuningMaxKhz()))
                : watch.proposal(key).or(() -> finder.best(key, runtime.deployed(), runtime.scan()))
                        .orElseThrow(() -> new CommandException(ErrorCode.REFUSED,
                                "no clean backup for " + key + ": coordinate again (rf_coordinate)"));
        if (r.args().has("frequency_khz")) {
            // a frequency typed by hand may sit on another mic, or where two others' intermodulation lands
            Optional<String> conflict = finder.conflictAt(key, to, runtime.deployed());
            if (conflict.isPresent()) {
                throw new CommandException(ErrorCode.REFUSED, key + " stays where it is: at " + to + " kHz, "
                        + conflict.get() + "; choose another frequency, or leave frequency_khz out for a clean backup");
            }
        }
        long from = runtime.onAirKhz(key); // where the receiver is, which may not be where the plan has it
        r.requireConfirm("rf_retune moves " + key + (from > 0 ? " from " + from : "") + " to " + to + " kHz");
        try {
            WirelessRuntime.Tuned t = runtime.retune(key, to, "crew");
            if (!t.ok()) {
                throw new CommandException(ErrorCode.DEVICE_OFFLINE, key + " was not moved to " + to + " kHz: " + t.error());
            }
            return Map.of("channel", key, "frequency_khz", t.readBackKhz());
        } catch (IOException e) {
            throw new CommandException(ErrorCode.INTERNAL, "re-tuned, but the plan could not be saved: " + e.getMessage());
        }
    }

    private Object scan(CommandRequest r) throws CommandException {
        r.allowOnly();
        return scans.start();
    }

    private static long onGrid(WirelessReceiver rx, long khz) throws CommandException {
        long off = (khz - rx.tuningMinKhz()) % rx.stepKhz();
        if (off != 0) {
            throw new CommandException(ErrorCode.OUT_OF_RANGE, "'frequency_khz' " + khz + " is between " + rx.id()
                    + "'s " + rx.stepKhz() + " kHz tuning steps; nearest: " + (khz - off) + " or "
                    + (khz - off + rx.stepKhz()));
        }
        return khz;
    }

    private Set<String> keep(JsonNode n) throws CommandException {
        Set<String> keep = new LinkedHashSet<>();
        if (n == null || n.isNull()) {
            return keep;
        }
        if (!n.isArray()) {
            throw new CommandException(ErrorCode.WRONG_TYPE, "'keep' must be a list like [\"ulxd-a/1\"]");
        }
        for (JsonNode k : n) {
            if (!k.isTextual() || ShowSystems.channel(runtime.show(), k.asText()).isEmpty()) {
                throw new CommandException(ErrorCode.OUT_OF_RANGE, "'keep' names " + k + ", which is no receiver channel "
                        + "of the show file; channels are " + runtime.deployed().mainsKhz().keySet());
            }
            keep.add(k.asText());
        }
        return keep;
    }
}
