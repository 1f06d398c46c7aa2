package dev.rackd.app.wireless.coord;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent, deliberately naive statement of the compatibility rules, sharing no code with the engine: every
 * pair, every ordered pair with every victim, every triple with every victim, in plain integers.
 *
 * <p>Rules: two carriers closer than the larger of their carrier spacings (at least the mic/in-ear spacing when one
 * is a mic and the other an in-ear) conflict. A product m*fa - (m-1)*fb (m = 2, 3, 4 for 3rd, 5th, 7th order) or
 * fa + fb - fc closer to another carrier than that victim's guard for the order conflicts; a guard of 0 is off;
 * when every source is an in-ear and the victim a mic, the guard is at least the in-ear product guard.
 */
public final class NaiveChecker {
    /** One carrier: frequency, guards {cc, im3, im5, im7, im3x3} in kHz, in-ear or not. */
    public record Tx(long khz, int[] guards, boolean iem) {}

    private final int micIemSpacing;
    private final int iemProductGuard;

    public NaiveChecker(int micIemSpacing, int iemProductGuard) {
        this.micIemSpacing = micIemSpacing;
        this.iemProductGuard = iemProductGuard;
    }

    /** Each violation as "kind:sources->victim", sources in formula order (the two added ones of im3x3 sorted). */
    public List<String> violations(List<Tx> tx) {
        List<String> out = new ArrayList<>();
        int n = tx.size();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                Tx x = tx.get(a);
                Tx y = tx.get(b);
                long need = Math.max(x.guards()[0], y.guards()[0]);
                if (x.iem() != y.iem()) {
                    need = Math.max(need, micIemSpacing);
                }
                if (Math.abs(x.khz() - y.khz()) < need) {
                    out.add("cc:" + Math.min(x.khz(), y.khz()) + "->" + Math.max(x.khz(), y.khz()));
                }
            }
        }
        String[] names = {"im3", "im5", "im7"};
        for (int k = 0; k < 3; k++) {
            int m = k + 2;
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (a == b) {
                        continue;
                    }
                    long p = m * tx.get(a).khz() - (m - 1) * tx.get(b).khz();
                    boolean iem = tx.get(a).iem() && tx.get(b).iem();
                    for (int v = 0; v < n; v++) {
                        if (v != a && v != b && hits(p, tx.get(v), k + 1, iem)) {
                            out.add(names[k] + ":" + tx.get(a).khz() + "," + tx.get(b).khz() + "->" + tx.get(v).khz());
                        }
                    }
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    if (c == a || c == b) {
                        continue;
                    }
                    long p = tx.get(a).khz() + tx.get(b).khz() - tx.get(c).khz();
                    boolean iem = tx.get(a).iem() && tx.get(b).iem() && tx.get(c).iem();
                    for (int v = 0; v < n; v++) {
                        if (v != a && v != b && v != c && hits(p, tx.get(v), 4, iem)) {
                            long lo = Math.min(tx.get(a).khz(), tx.get(b).khz());
                            long hi = Math.max(tx.get(a).khz(), tx.get(b).khz());
                            out.add("im3x3:" + lo + "," + hi + "," + tx.get(c).khz() + "->" + tx.get(v).khz());
                        }
                    }
                }
            }
        }
        return out;
    }

    private boolean hits(long product, Tx victim, int guardIndex, boolean allIem) {
        long guard = victim.guards()[guardIndex];
        if (guard > 0 && allIem && !victim.iem()) {
            guard = Math.max(guard, iemProductGuard);
        }
        return Math.abs(product - victim.khz()) < guard;
    }
}
