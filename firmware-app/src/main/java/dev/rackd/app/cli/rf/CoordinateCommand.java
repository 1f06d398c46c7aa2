package dev.rackd.app.cli.rf;

import dev.rackd.app.wireless.coord.CarrierClass;
import dev.rackd.app.wireless.coord.CompatibilityProfile;
import dev.rackd.app.wireless.coord.Coordination;
import dev.rackd.app.wireless.coord.CoordinationRequest;
import dev.rackd.app.wireless.coord.Coordinator;
import dev.rackd.app.wireless.coord.WirelessSystem;
import dev.rackd.config.CoordinationSettings;
import dev.rackd.config.CoordinationSettings.TvPlan;
import dev.rackd.config.KhzRange;
import dev.rackd.hal.wireless.scan.ScanFile;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rf coordinate}: compatible frequencies for N identical systems in one tuning range. */
@Command(name = "coordinate", mixinStandardHelpOptions = true,
        description = {"Find compatible frequencies for --count identical systems in --range (kHz).",
            "When fewer fit, prints as many as fit and says so (exit 0)."})
final class CoordinateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile;

    @Option(names = "--range", required = true, paramLabel = "FROM-TO", description = "Tuning range in kHz.")
    String range;

    @Option(names = "--count", required = true, description = "How many systems to coordinate (1-500).")
    int count;

    @Option(names = "--step", defaultValue = "25", description = "Tuning step in kHz (default 25).")
    int stepKhz;

    /** Without it, the show file's default plan: a coordination here matches what the service would do. */
    @Option(names = "--tv", paramLabel = "us|eu", description = "TV channel plan (default eu, as the show file's "
            + "tv_plan).")
    String tv;

    @Option(names = "--exclude-tv", split = ",", paramLabel = "CH", description = "TV channels not to use.")
    List<Integer> excludeTv = new ArrayList<>();

    @Option(names = "--include-tv", split = ",", paramLabel = "CH", description = "Use only these TV channels.")
    List<Integer> includeTv = new ArrayList<>();

    @Option(names = "--exclude", split = ",", paramLabel = "FROM-TO", description = "kHz ranges not to use.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--scan", paramLabel = "FILE", description = "Venue scan: Workbench CSV (MHz,dBm) or WSM CSV "
            + "(kHz;dBm).")
    Path scan;

    @Option(names = "--occupied-dbm", defaultValue = "-85", description = "Scan level counted as occupied (default "
            + "-85).")
    double occupiedDbm;

    @Option(names = "--lock", split = ",", paramLabel = "KHZ", description = "Frequencies to keep (the first "
            + "systems take them).")
    List<String> lock = new ArrayList<>();

    @Option(names = "--backups", defaultValue = "0", description = "Clean backups to find as well.")
    int backups;

    @Option(names = "--search-budget", defaultValue = "100000", hidden = true)
    long searchBudget;

    @Option(names = "--json", description = "Print a JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        CompatibilityProfile p = profile.resolve(spec);
        KhzRange r = Numbers.range(spec, "--range", range);
        if (count < 1 || count > CoordinationRequest.MAX_SYSTEMS) {
            throw fail("--count " + count + " is out of range (1 to " + CoordinationRequest.MAX_SYSTEMS + ")");
        }
        if (stepKhz < 1 || stepKhz > 1_000) {
            throw fail("--step " + stepKhz + " is out of range (1 to 1000 kHz)");
        }
        List<Long> locks = Numbers.list(spec, "--lock", lock, r.fromKhz(), r.toKhz());
        if (locks.size() > count) {
            throw fail("--lock gives " + locks.size() + " frequencies for --count " + count);
        }
        for (long khz : locks) {
            long off = (khz - r.fromKhz()) % stepKhz;
            if (off != 0) { // a receiver cannot be set there, and the plan would be judged on a frequency never used
                long below = khz - off;
                throw fail("--lock " + khz + " is not on the " + stepKhz + " kHz grid from " + r.fromKhz()
                        + "; nearest: " + below + (below + stepKhz <= r.toKhz() ? " or " + (below + stepKhz) : ""));
            }
        }
        if (scan == null && spec.commandLine().getParseResult().hasMatchedOption("--occupied-dbm")) {
            throw fail("--occupied-dbm is the level at which a --scan counts as occupied; give the scan (--scan FILE)");
        }
        List<WirelessSystem> systems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            WirelessSystem s = WirelessSystem.of("ch" + (i + 1), r.fromKhz(), r.toKhz(), stepKhz, CarrierClass.mic(p));
            systems.add(i < locks.size() ? s.lockedAt(locks.get(i)) : s);
        }
        CoordinationRequest request;
        try {
            request = CoordinationRequest.builder(systems).tvPlan(tvPlan()).excludeTv(excludeTv).includeTv(includeTv)
                    .exclude(Numbers.ranges(spec, "--exclude", exclude)).scan(scanPoints(), occupiedDbm, 100)
                    .backups(backups).searchBudget(searchBudget).build();
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
        Coordination c;
        try {
            c = new Coordinator().coordinate(request, new ProgressPrinter(spec.commandLine().getErr()));
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
        CoordinationReport report = new CoordinationReport(request, c, p);
        spec.commandLine().getOut().print(json ? report.json() : report.table());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private TvPlan tvPlan() {
        if (tv == null) {
            return CoordinationSettings.DEFAULT_TV_PLAN;
        }
        try {
            return TvPlan.valueOf(tv.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail("--tv '" + tv + "': use us (6 MHz, ch 14 = 470 MHz) or eu (8 MHz, ch 21 = 470 MHz)");
        }
    }

    private List<ScanPoint> scanPoints() {
        if (scan == null) {
            return List.of();
        }
        try {
            return ScanFile.read(scan);
        } catch (IOException e) {
            throw fail("--scan " + scan + ": " + e.getMessage());
        }
    }

    private ParameterException fail(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
