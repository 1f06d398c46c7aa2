package dev.rackd.app.telemetry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rackd.app.command.WireTime;
import dev.rackd.hal.Reading;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The payload of a metric topic: {@code {"value":231.4,"unit":"V","ts":"2026-11-21T20:15:03.120Z","quality":"good"}}.
 * A value that is not a number (a fault) is {@code null}; the time is UTC with milliseconds.
 */
public final class TelemetryJson {
    private static final JsonFactory JSON = new JsonFactory();
    private TelemetryJson() {}

    public static byte[] of(Reading r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            if (Double.isFinite(r.value())) {
                g.writeNumberField("value", r.value());
            } else {
                g.writeNullField("value");
            }
            g.writeStringField("unit", r.unit().symbol());
            g.writeStringField("ts", timestamp(r.time()));
            g.writeStringField("quality", r.quality().wireName());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen writing to memory
        }
        return out.toByteArray();
    }

    public static String timestamp(Instant t) {
        return WireTime.format(t);
    }
}
