package dev.rackd.app.web;

import io.javalin.http.sse.SseClient;

/** One open page's event stream, as {@link LiveStream} uses it: Javalin's SSE client on the server. */
interface PageStream {
    /** Sends one event; may block while the page's connection takes nothing, and throws once it is gone. */
    void send(String event, String data);

    boolean terminated();

    void close();

    static PageStream of(SseClient client) {
        return new PageStream() {
            @Override
            public void send(String event, String data) {
                client.sendEvent(event, data);
            }

            @Override
            public boolean terminated() {
                return client.terminated();
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }
}
