package dev.rackd.app.audio;

import dev.rackd.dsp.ChainSettings;
import dev.rackd.dsp.ChannelChain;
import dev.rackd.dsp.DspEvents;
import dev.rackd.dsp.FeedbackMode;
import dev.rackd.dsp.FixedNotch;
import dev.rackd.dsp.MeterRing;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@link ChannelChain} per channel of an interleaved stream, sharing one event ring and one meter ring.
 * {@link #process} belongs to the audio thread (or the CLI's single thread); the controls may be called from any
 * thread and reach the chains lock-free, at the start of their next block.
 */
public final class ChainBank {
    private final ChannelChain[] chains;
    private final DspEvents events;
    private final MeterRing meters;

    public ChainBank(ChainSettings settings, int channels) {
        if (channels < 1 || channels > 64) {
            throw new IllegalArgumentException("channels must be 1 to 64, not " + channels);
        }
        events = new DspEvents(1024);
        meters = new MeterRing(Integer.highestOneBit(channels * 64) * 2);
        chains = new ChannelChain[channels];
        for (int c = 0; c < channels; c++) {
            chains[c] = new ChannelChain(c, settings, events, meters);
        }
    }

    public int channels() {
        return chains.length;
    }

    /** Samples by which the output lags the input (the limiter's lookahead). */
    public int latencySamples() {
        return chains[0].latencySamples();
    }

    /** Audio thread, between blocks: every channel starts afresh after a gap ({@link ChannelChain#restart}). */
    public void restart() {
        for (ChannelChain c : chains) {
            c.restart();
        }
    }

    /** Processes {@code frames} interleaved frames in place. Allocation-free. */
    public void process(float[] interleaved, int frames) {
        for (ChannelChain chain : chains) {
            chain.processInterleaved(interleaved, 0, frames, chains.length);
        }
    }

    public DspEvents events() {
        return events;
    }

    public MeterRing meters() {
        return meters;
    }

    public void setMode(FeedbackMode mode) {
        for (ChannelChain c : chains) {
            c.setMode(mode);
        }
    }

    public FeedbackMode mode() {
        return chains[0].mode();
    }

    public void setLimiterThresholdDbtp(double dbtp) {
        for (ChannelChain c : chains) {
            c.setLimiterThresholdDbtp(dbtp);
        }
    }

    public double limiterThresholdDbtp() {
        return chains[0].limiterThresholdDbtp();
    }

    public void setLimiterEnabled(boolean on) {
        for (ChannelChain c : chains) {
            c.setLimiterEnabled(on);
        }
    }

    public void clearLiveNotches() {
        for (ChannelChain c : chains) {
            c.clearLiveNotches();
        }
    }

    public void clearFixedNotches() {
        for (ChannelChain c : chains) {
            c.clearFixedNotches();
        }
    }

    /** The fixed notches of each channel, as last published by the audio thread. */
    public List<List<FixedNotch>> fixedNotches() {
        List<List<FixedNotch>> all = new ArrayList<>();
        for (ChannelChain c : chains) {
            all.add(c.fixedNotches());
        }
        return List.copyOf(all);
    }

    /** Replaces each channel's fixed set; channels beyond the list keep theirs, extra lists are ignored. */
    public void loadFixedNotches(List<List<FixedNotch>> perChannel) {
        for (int c = 0; c < Math.min(chains.length, perChannel.size()); c++) {
            chains[c].loadFixedNotches(perChannel.get(c));
        }
    }
}
