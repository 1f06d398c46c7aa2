package dev.rackd.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Reads a Server-Sent Event stream the way a browser's EventSource does, on a thread of its own. */
final class SseProbe implements AutoCloseable {
    record Event(String name, JsonNode data, long arrivedNanos) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile Stream<String> lines;

    SseProbe(HttpClient http, URI uri) {
        reader = Thread.ofVirtual().start(() -> {
            try {
                HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(uri)
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
                lines = r.body();
                String[] name = {"message"};
                lines.forEach(line -> {
                    if (line.startsWith("event:")) {
                        name[0] = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        try {
                            events.add(new Event(name[0], JSON.readTree(line.substring(5).strip()), System.nanoTime()));
                        } catch (IOException e) {
                            events.add(new Event("unreadable", JSON.getNodeFactory().textNode(line), System.nanoTime()));
                        }
                    }
                });
            } catch (IOException | InterruptedException | RuntimeException e) {
                // the test closed the stream, or rackd did: the next await says so
            }
        });
    }

    /** The next event that matches, skipping the others; fails after the timeout. */
    Event await(Predicate<Event> wanted, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Event e = events.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e != null && wanted.test(e)) {
                return e;
            }
        }
        throw new AssertionError("no matching event within " + timeout);
    }

    @Override
    public void close() {
        Stream<String> l = lines;
        if (l != null) {
            l.close();
        }
        reader.interrupt();
    }
}
