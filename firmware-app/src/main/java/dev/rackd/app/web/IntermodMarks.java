package dev.rackd.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Third-order intermodulation products of the carriers on air, for marking on the spectrum when the
 * wireless domain publishes no analysis of its own: two-transmitter {@code 2f1-f2} and three-transmitter
 * {@code f1+f2-f3}, the strongest kinds. The ones landing closest to a carrier are the ones worth a look.
 */
final class IntermodMarks {
    /**
     * @param sourcesKhz the carriers that make it
     * @param nearestKhz the carrier it lands closest to
     */
    record Product(String kind, long frequencyKhz, List<Long> sourcesKhz, long nearestKhz, long distanceKhz) {}

    private IntermodMarks() {}

    /** At most {@code limit} products, those nearest a carrier first. */
    static List<Product> nearest(List<Long> carriersKhz, int limit) {
        List<Long> c = carriersKhz.stream().filter(f -> f > 0).distinct().sorted().toList();
        List<Product> out = new ArrayList<>();
        for (long f1 : c) {
            for (long f2 : c) {
                if (f1 != f2) {
                    add(out, "2tx3", 2 * f1 - f2, List.of(f1, f2), c);
                }
            }
        }
        for (int i = 0; i < c.size(); i++) {
            for (int j = i + 1; j < c.size(); j++) {
                for (long f3 : c) {
                    long f1 = c.get(i);
                    long f2 = c.get(j);
                    if (f3 != f1 && f3 != f2) {
                        add(out, "3tx3", f1 + f2 - f3, List.of(f1, f2, f3), c);
                    }
                }
            }
        }
        out.sort(Comparator.comparingLong(Product::distanceKhz).thenComparing(Product::kind)
                .thenComparingLong(Product::frequencyKhz));
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static void add(List<Product> out, String kind, long f, List<Long> sources, List<Long> carriers) {
        if (f <= 0) {
            return;
        }
        long nearest = carriers.getFirst();
        for (long c : carriers) {
            if (Math.abs(c - f) < Math.abs(nearest - f)) {
                nearest = c;
            }
        }
        out.add(new Product(kind, f, sources, nearest, Math.abs(nearest - f)));
    }
}
