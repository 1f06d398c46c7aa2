package dev.rackd.app.wireless.coord;

/**
 * The compatibility rules between carriers of possibly different equipment: the one place that says how far is
 * far enough.
 *
 * <ul>
 *   <li>Two carriers: the larger of the two profiles' carrier spacings; between a mic and an in-ear at least the
 *       separation's spacing.
 *   <li>A product hitting a carrier: the victim receiver's guard for that order (the victim's selectivity is what
 *       matters); if the victim is a mic and every source an in-ear, at least the separation's in-ear guard.
 * </ul>
 */
public record GuardRules(Separation separation) {

    public int carrierSpacingKhz(CarrierClass a, CarrierClass b) {
        int cc = Math.max(a.profile().carrierSpacingKhz(), b.profile().carrierSpacingKhz());
        return a.use() == b.use() ? cc : Math.max(cc, separation.micIemSpacingKhz());
    }

    public int productGuardKhz(IntermodOrder order, CarrierClass victim, boolean allSourcesIem) {
        int g = victim.profile().guardKhz(order);
        if (g > 0 && allSourcesIem && !victim.iem()) {
            g = Math.max(g, separation.iemProductGuardKhz());
        }
        return g;
    }
}
