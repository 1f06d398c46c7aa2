package dev.rackd.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntermodMarksTest {
    @Test
    void twoCarriersMakeTheirTwoThirdOrderProducts() {
        List<IntermodMarks.Product> p = IntermodMarks.nearest(List.of(500_000L, 501_000L), 10);
        assertThat(p).extracting(IntermodMarks.Product::frequencyKhz).containsExactlyInAnyOrder(499_000L, 502_000L);
        assertThat(p).allMatch(x -> x.kind().equals("2tx3") && x.distanceKhz() == 1000);
    }

    @Test
    void aProductLandingOnACarrierComesFirst() {
        // 2 x 500.000 - 500.400 = 499.600 MHz: right where the third carrier is
        List<IntermodMarks.Product> p = IntermodMarks.nearest(List.of(500_000L, 500_400L, 499_600L), 3);
        assertThat(p.getFirst().frequencyKhz()).isEqualTo(499_600L);
        assertThat(p.getFirst().distanceKhz()).isZero();
        assertThat(p).hasSize(3);
    }

    @Test
    void threeCarriersAlsoMakeThreeTransmitterProducts() {
        List<IntermodMarks.Product> p = IntermodMarks.nearest(List.of(500_000L, 503_000L, 510_000L), 100);
        assertThat(p).anyMatch(x -> x.kind().equals("3tx3") && x.frequencyKhz() == 493_000L);
        assertThat(p).hasSize(6 + 3);
    }
}
