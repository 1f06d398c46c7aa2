package dev.rackd.hal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void aFloatFromTheWireReadsAsTheDecimalTheDeviceMeant() {
        assertThat((double) 30.1f).isEqualTo(30.100000381469727);
        assertThat(Decimals.widen(30.1f)).isEqualTo(30.1);
        assertThat(Decimals.widen(-3.5f)).isEqualTo(-3.5);
        assertThat(Decimals.widen(0.98f)).isEqualTo(0.98);
        assertThat(Decimals.widen(Float.NaN)).isNaN();
        assertThat(Decimals.widen(Float.NEGATIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Property(tries = 2000)
    void wideningLosesNothingOfTheFloat(@ForAll float f) {
        if (Float.isNaN(f)) {
            assertThat(Decimals.widen(f)).isNaN();
        } else {
            assertThat((float) Decimals.widen(f)).isEqualTo(f);
        }
    }

    @Test
    void arithmeticNoiseDoesNotReachTheWire() {
        assertThat(Decimals.twelveDigits(3.5052499999999998)).isEqualTo(3.50525);
        assertThat(Decimals.twelveDigits(0.1 + 0.2)).isEqualTo(0.3);
        assertThat(Decimals.twelveDigits(231.4)).isEqualTo(231.4);
        assertThat(Decimals.twelveDigits(-0.0)).isEqualTo(-0.0);
        assertThat(Decimals.twelveDigits(Double.NaN)).isNaN();
    }

    @Property(tries = 2000)
    void aReadingKeepsTwelveDigits(@ForAll double v) {
        double w = Decimals.twelveDigits(v);
        if (!Double.isFinite(v)) {
            assertThat(w).isEqualTo(v);
        } else {
            assertThat(w).isCloseTo(v, within(Math.abs(v) * 5e-12));
            assertThat(Decimals.twelveDigits(w)).isEqualTo(w);
        }
    }
}
