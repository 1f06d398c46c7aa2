package dev.rackd.dsp.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NotchDesignTest {
    private static final double RATE = 48000;

    @Test
    void depthAtTheCentreIsTheDepthAskedFor() {
        double[] c = new double[5];
        for (double hz : new double[] {40, 250, 1000, 6300, 16000}) {
            for (double depth : new double[] {-3, -6, -12, -24, -40}) {
                NotchDesign.design(RATE, hz, depth, 0.1, c);
                assertThat(NotchDesign.magnitudeDb(c, RATE, hz)).isCloseTo(depth, within(1e-6));
            }
        }
    }

    @Test
    void widthBetweenTheHalfDepthPointsIsTheWidthAskedForFromAFifthToAnEightiethOfAnOctave() {
        double[] c = new double[5];
        for (double hz : new double[] {50, 400, 2500, 10000, 16000}) {
            for (double width : new double[] {1 / 5.0, 1 / 10.0, 1 / 30.0, 1 / 80.0}) {
                for (double depth : new double[] {-3, -12}) {
                    NotchDesign.design(RATE, hz, depth, width, c);
                    double low = halfDepthEdge(c, hz, depth, -1);
                    double high = halfDepthEdge(c, hz, depth, +1);
                    double measured = Math.log(high / low) / Math.log(2);
                    assertThat(measured).as("%s Hz, 1/%s oct", hz, 1 / width).isCloseTo(width, within(width * 0.01));
                    assertThat(Math.sqrt(low * high)).isCloseTo(hz, within(hz * 0.01));
                }
            }
        }
    }

    @Test
    void leavesTheRestOfTheSpectrumAlone() {
        double[] c = new double[5];
        NotchDesign.design(RATE, 1000, -18, 1 / 10.0, c);
        assertThat(NotchDesign.magnitudeDb(c, RATE, 500)).isGreaterThan(-0.1);
        assertThat(NotchDesign.magnitudeDb(c, RATE, 2000)).isGreaterThan(-0.1);
        assertThat(NotchDesign.magnitudeDb(c, RATE, 20)).isCloseTo(0.0, within(0.01));
        assertThat(c[NotchDesign.B1]).isEqualTo(c[NotchDesign.A1]);
    }

    @Test
    void zeroDepthIsTheIdentity() {
        double[] c = new double[5];
        NotchDesign.design(RATE, 3000, 0, 1 / 20.0, c);
        assertThat(c[NotchDesign.B0]).isEqualTo(1.0);
        assertThat(c[NotchDesign.B2]).isEqualTo(c[NotchDesign.A2]);
    }

    /** Frequency where the cut is half the depth (in dB), searched by bisection on a log scale. */
    private static double halfDepthEdge(double[] c, double hz, double depth, int direction) {
        double inside = hz;
        double outside = direction < 0 ? hz / 4 : Math.min(hz * 4, RATE * 0.4999);
        for (int i = 0; i < 100; i++) {
            double mid = Math.sqrt(inside * outside);
            if (NotchDesign.magnitudeDb(c, RATE, mid) < depth / 2) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return inside;
    }
}
