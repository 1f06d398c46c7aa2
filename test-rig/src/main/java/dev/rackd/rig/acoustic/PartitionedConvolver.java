package dev.rackd.rig.acoustic;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Uniformly partitioned overlap-save convolution with a long impulse response, block by block.
 *
 * <p>The feedback loop is closed one block at a time: the block the microphone hears now must be computed before
 * the chain has produced this block's loudspeaker output. That is possible because sound needs time to travel: the
 * response must be silent for its first block (a microphone at least 46 cm away at 48 kHz with 64-sample blocks),
 * and {@link #next()} then only needs the blocks already played.
 */
final class PartitionedConvolver {
    private final int block;
    private final int partitions;
    private final DoubleFFT_1D fft;
    private final double[][] filter;
    private final double[][] history;
    private final double[] frame;
    private final double[] sum;
    private final double[] previous;
    private int newest;

    PartitionedConvolver(double[] response, int block) {
        this.block = block;
        for (int i = 0; i < Math.min(block, response.length); i++) {
            if (response[i] != 0) {
                throw new IllegalArgumentException("the response must be silent for its first block");
            }
        }
        partitions = (response.length + block - 1) / block;
        fft = new DoubleFFT_1D(2L * block);
        filter = new double[partitions][];
        history = new double[partitions][];
        for (int p = 0; p < partitions; p++) {
            double[] part = new double[2 * block];
            System.arraycopy(response, p * block, part, 0, Math.min(block, response.length - p * block));
            fft.realForward(part);
            filter[p] = part;
            history[p] = new double[2 * block];
        }
        frame = new double[2 * block];
        sum = new double[2 * block];
        previous = new double[block];
    }

    /** The next output block, from the blocks pushed so far (all but the first partition's share of the latest). */
    double[] next(double[] out) {
        java.util.Arrays.fill(sum, 0.0);
        for (int p = 1; p < partitions; p++) {
            multiplyAdd(filter[p], history[(newest - (p - 1) + partitions) % partitions]);
        }
        fft.realInverse(sum, true);
        System.arraycopy(sum, block, out, 0, block);
        return out;
    }

    /** Pushes the block just played. */
    void push(double[] in) {
        System.arraycopy(previous, 0, frame, 0, block);
        System.arraycopy(in, 0, frame, block, block);
        System.arraycopy(in, 0, previous, 0, block);
        fft.realForward(frame);
        newest = (newest + 1) % partitions;
        System.arraycopy(frame, 0, history[newest], 0, 2 * block);
    }

    /** sum += a * b, for spectra packed the JTransforms way (re0, re(n/2), re1, im1, ...). */
    private void multiplyAdd(double[] a, double[] b) {
        sum[0] += a[0] * b[0];
        sum[1] += a[1] * b[1];
        for (int k = 2; k < sum.length; k += 2) {
            double re = a[k] * b[k] - a[k + 1] * b[k + 1];
            double im = a[k] * b[k + 1] + a[k + 1] * b[k];
            sum[k] += re;
            sum[k + 1] += im;
        }
    }
}
