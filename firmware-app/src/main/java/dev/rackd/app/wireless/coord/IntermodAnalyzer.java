package dev.rackd.app.wireless.coord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lists every product that hits a carrier, and every pair of carriers too close together, in a given set. Products
 * are enumerated once each (N^2(N-1)/2 third-order ones) and their victims found by binary search in the sorted
 * set.
 */
public final class IntermodAnalyzer {
    public static final int MAX_CONFLICTS = 10_000;
    private static final Comparator<Conflict> ORDER = Comparator.comparingLong(Conflict::victimKhz)
            .thenComparing(Conflict::kind).thenComparingLong(Conflict::landingKhz)
            .thenComparing(c -> c.sourcesKhz().toString());

    private final GuardRules rules;

    public IntermodAnalyzer(Separation separation) {
        this.rules = new GuardRules(separation);
    }

    public Analysis analyze(List<Carrier> set) {
        Carrier[] c = set.toArray(Carrier[]::new);
        Arrays.sort(c, Comparator.comparingLong(Carrier::frequencyKhz).thenComparing(Carrier::id));
        long[] f = new long[c.length];
        for (int i = 0; i < c.length; i++) {
            f[i] = c[i].frequencyKhz();
        }
        int widest = widestGuard(c);
        List<Conflict> out = new ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            for (int j = i + 1; j < c.length && f[j] - f[i] < widest; j++) {
                int cc = rules.carrierSpacingKhz(c[i].carrierClass(), c[j].carrierClass());
                if (f[j] - f[i] < cc) {
                    out.add(new Conflict("cc", List.of(c[i].id()), List.of(f[i]), f[i], c[j].id(), f[j], cc));
                }
            }
        }
        for (IntermodOrder o : IntermodOrder.values()) {
            if (o.twoTransmitter()) {
                int m = o.leadCoefficient();
                for (int i = 0; i < c.length; i++) {
                    for (int j = 0; j < c.length; j++) {
                        if (i != j) {
                            victims(o, c, f, widest, m * f[i] - (m - 1) * f[j], new int[] {i, j}, out);
                        }
                    }
                }
            } else {
                for (int i = 0; i < c.length; i++) {
                    for (int j = i + 1; j < c.length; j++) {
                        for (int k = 0; k < c.length; k++) {
                            if (k != i && k != j) {
                                victims(o, c, f, widest, f[i] + f[j] - f[k], new int[] {i, j, k}, out);
                            }
                        }
                    }
                }
            }
        }
        out.sort(ORDER);
        boolean truncated = out.size() > MAX_CONFLICTS;
        return new Analysis(c.length, truncated ? out.subList(0, MAX_CONFLICTS) : out, truncated);
    }

    private void victims(IntermodOrder o, Carrier[] c, long[] f, int widest, long product, int[] src,
            List<Conflict> out) {
        if (out.size() > MAX_CONFLICTS) {
            return;
        }
        boolean allIem = true;
        for (int s : src) {
            allIem &= c[s].carrierClass().iem();
        }
        int from = Arrays.binarySearch(f, product - widest + 1);
        from = from < 0 ? -from - 1 : from;
        while (from > 0 && f[from - 1] > product - widest) {
            from--;
        }
        for (int v = from; v < f.length && f[v] < product + widest; v++) {
            if (isSource(v, src)) {
                continue;
            }
            int guard = rules.productGuardKhz(o, c[v].carrierClass(), allIem);
            if (Math.abs(product - f[v]) < guard) {
                List<String> ids = new ArrayList<>();
                List<Long> khz = new ArrayList<>();
                for (int s : src) {
                    ids.add(c[s].id());
                    khz.add(f[s]);
                }
                out.add(new Conflict(o.wireName(), ids, khz, product, c[v].id(), f[v], guard));
            }
        }
    }

    private static boolean isSource(int v, int[] src) {
        for (int s : src) {
            if (s == v) {
                return true;
            }
        }
        return false;
    }

    private int widestGuard(Carrier[] c) {
        int w = 1;
        for (Carrier a : c) {
            for (Carrier b : c) {
                w = Math.max(w, rules.carrierSpacingKhz(a.carrierClass(), b.carrierClass()));
            }
            for (IntermodOrder o : IntermodOrder.values()) {
                w = Math.max(w, rules.productGuardKhz(o, a.carrierClass(), true));
            }
        }
        return w;
    }
}
