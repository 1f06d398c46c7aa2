package dev.rackd.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Places for pages: phones that vanish without a goodbye must not lock the crew out for the night. */
class LiveStreamTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private final AtomicLong now = new AtomicLong();
    private final LiveStream stream = new LiveStream(() -> "{\"whole\":true}", now::get);

    @AfterEach
    void close() {
        stream.close();
    }

    @Test
    void whenEveryPlaceIsTakenByLivePagesANewOneIsToldToComeBackLater() {
        List<FakePage> open = fill(); // every page has just taken the whole picture
        FakePage late = new FakePage(false);
        assertThat(stream.open(late)).isFalse();
        assertThat(late.events).containsExactly("refused");
        assertThat(late.closed).isTrue();
        assertThat(open).noneMatch(p -> p.closed);
        assertThat(stream.size()).isEqualTo(LiveStream.MAX_CLIENTS);
    }

    @Test
    void aPageThatHasTakenNothingForAWhileMakesRoomForANewOne() {
        List<FakePage> open = fill();
        FakePage gone = new FakePage(true); // its phone left the Wi-Fi: sending to it blocks
        open.getFirst().close(); // one place free again...
        await().atMost(WAIT).until(() -> {
            stream.publish("tick", "{}");
            return stream.size() < LiveStream.MAX_CLIENTS;
        });
        assertThat(stream.open(gone)).isTrue(); // ...taken by the phone that will vanish
        await().atMost(WAIT).until(() -> gone.events.contains("snapshot")); // the last it takes
        now.addAndGet(LiveStream.STALLED.toNanos() / 2);
        stream.publish("tick", "{}");
        FakePage early = new FakePage(false);
        assertThat(stream.open(early)).as("the vanished page has not been silent long enough").isFalse();

        now.addAndGet(LiveStream.STALLED.toNanos());
        stream.publish("tick", "{\"at\":\"now\"}");
        stream.publish("tick", "{\"then\":true}");
        // every live page has taken a tick at the new time (the one after it arrived, so the first one's time is
        // noted): only the vanished page is behind
        await().atMost(WAIT).until(() -> open.stream().skip(1).allMatch(p -> p.data.contains("{\"then\":true}")));
        FakePage back = new FakePage(false);
        assertThat(stream.open(back)).isTrue();
        await().atMost(WAIT).until(() -> back.events.contains("snapshot"));
        assertThat(gone.closed).as("the vanished page's stream is closed for it").isTrue();
        assertThat(open.stream().skip(1)).noneMatch(p -> p.closed);
        gone.release();
    }

    @Test
    void aClosedPageGivesItsPlaceBackWithTheNextMessage() {
        List<FakePage> open = fill();
        open.get(5).close();
        stream.publish("tick", "{}");
        await().atMost(WAIT).until(() -> stream.size() == LiveStream.MAX_CLIENTS - 1);
        assertThat(stream.open(new FakePage(false))).isTrue();
    }

    private List<FakePage> fill() {
        List<FakePage> open = new ArrayList<>();
        for (int i = 0; i < LiveStream.MAX_CLIENTS; i++) {
            FakePage p = new FakePage(false);
            assertThat(stream.open(p)).isTrue();
            open.add(p);
        }
        await().atMost(WAIT).until(() -> open.stream().allMatch(p -> p.events.contains("snapshot")));
        return open;
    }

    /** A page's stream: takes every event, or (stuck) blocks in the send after the whole picture. */
    private static final class FakePage implements PageStream {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<String> data = new CopyOnWriteArrayList<>();
        private final boolean stuck;
        private final CountDownLatch unstuck = new CountDownLatch(1);
        volatile boolean closed;

        FakePage(boolean stuck) {
            this.stuck = stuck;
        }

        @Override
        public void send(String event, String data) {
            if (closed) {
                throw new IllegalStateException("stream closed");
            }
            if (stuck && !events.isEmpty()) {
                try {
                    unstuck.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("connection reset");
            }
            events.add(event);
            this.data.add(data);
        }

        @Override
        public boolean terminated() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
        }

        void release() {
            unstuck.countDown();
        }
    }
}
