package dev.rackd.app.audio;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.LineUnavailableException;

/** Hands out the given line pairs in turn; a null entry is a device that is not there. The last entry repeats. */
final class FakePort implements AudioPort {
    private final List<FakeLines> plan;
    private final AtomicInteger opens = new AtomicInteger();
    final List<String> asked = new CopyOnWriteArrayList<>();

    FakePort(FakeLines... plan) {
        this.plan = java.util.Arrays.asList(plan);
    }

    @Override
    public AudioLines open(int sampleRateHz, int channels, int bufferFrames) throws Exception {
        asked.add(sampleRateHz + "/" + channels + "/" + bufferFrames);
        int n = opens.getAndIncrement();
        FakeLines lines = plan.get(Math.min(n, plan.size() - 1));
        if (lines == null) {
            throw new LineUnavailableException("no input device matching 'USB Audio'; present: none");
        }
        return lines;
    }

    int opens() {
        return opens.get();
    }
}
