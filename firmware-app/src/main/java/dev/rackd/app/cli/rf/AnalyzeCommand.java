package dev.rackd.app.cli.rf;

import dev.rackd.app.wireless.coord.Analysis;
import dev.rackd.app.wireless.coord.Carrier;
import dev.rackd.app.wireless.coord.CarrierClass;
import dev.rackd.app.wireless.coord.CompatibilityProfile;
import dev.rackd.app.wireless.coord.Conflict;
import dev.rackd.app.wireless.coord.IntermodAnalyzer;
import dev.rackd.app.wireless.coord.IntermodOrder;
import dev.rackd.app.wireless.coord.Separation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rf analyze}: which product of a given set hits which carrier. */
@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true,
        description = {"List every intermodulation product (and carrier pair) of a set that violates the profile.",
            "Exit 0 whether or not there are conflicts; 2 for bad arguments."})
final class AnalyzeCommand implements Callable<Integer> {
    static final int MAX_CARRIERS = 200;

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile;

    @Option(names = "--frequencies", required = true, split = ",", paramLabel = "KHZ",
            description = "The carriers, kHz, comma-separated.")
    List<String> frequencies = new ArrayList<>();

    @Option(names = "--json", description = "Print a JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        CompatibilityProfile p = profile.resolve(spec);
        List<Long> khz = Numbers.list(spec, "--frequencies", frequencies, 1, 10_000_000);
        if (khz.size() > MAX_CARRIERS) {
            throw new ParameterException(spec.commandLine(), "--frequencies: at most " + MAX_CARRIERS + " carriers");
        }
        List<Carrier> set = new ArrayList<>();
        for (long f : khz) {
            set.add(new Carrier(Long.toString(f), f, CarrierClass.mic(p)));
        }
        Analysis a = new IntermodAnalyzer(Separation.DEFAULT).analyze(set);
        spec.commandLine().getOut().print(json ? json(a, p) : table(a, p));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String table(Analysis a, CompatibilityProfile p) {
        StringBuilder b = new StringBuilder();
        b.append(a.carriers()).append(" carriers, profile ").append(p.name()).append(" (").append(p.spacingText())
                .append("): ");
        if (a.clean()) {
            return b.append("no conflicts\n").toString();
        }
        b.append(a.conflicts().size()).append(a.truncated() ? "+" : "")
                .append(a.conflicts().size() == 1 ? " conflict\n\n" : " conflicts\n\n");
        b.append(String.format("%-6s %-9s %-28s %12s %12s %9s%n", "order", "formula", "sources kHz", "lands kHz",
                "hits kHz", "off kHz"));
        for (Conflict c : a.conflicts()) {
            b.append(String.format("%-6s %-9s %-28s %12d %12d %9d%n", c.kind(), formula(c.kind()),
                    String.join(",", c.sourcesKhz().stream().map(String::valueOf).toList()), c.landingKhz(),
                    c.victimKhz(), c.distanceKhz()));
        }
        return b.toString();
    }

    private static String json(Analysis a, CompatibilityProfile p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("carriers", a.carriers());
        o.put("clean", a.clean());
        o.put("truncated", a.truncated());
        o.put("profile", p.name());
        o.put("spacing_khz", CoordinationReport.spacing(p));
        o.put("conflicts", a.conflicts().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("order", c.kind());
            m.put("formula", formula(c.kind()));
            m.put("sources_khz", c.sourcesKhz());
            m.put("lands_khz", c.landingKhz());
            m.put("hits_khz", c.victimKhz());
            m.put("distance_khz", c.distanceKhz());
            m.put("guard_khz", c.guardKhz());
            return m;
        }).toList());
        return CoordinationReport.write(o);
    }

    private static String formula(String kind) {
        for (IntermodOrder o : IntermodOrder.values()) {
            if (o.wireName().equals(kind)) {
                return o.formula();
            }
        }
        return "spacing";
    }
}
