package dev.rackd.app.command;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Every time rackd sends or keeps: UTC with exactly three decimals ({@code 2026-11-21T20:15:03.120Z}), the form the
 * contract documents. The clock has nanoseconds; a phone's parser, and a crew member reading a payload, do not want
 * them, and a time printed with a varying number of digits does not sort as text.
 */
public final class WireTime {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private WireTime() {}

    public static String format(Instant t) {
        return FORMAT.format(t);
    }

    /** For the JSON mapper: after Jackson's own time module, so that this form wins. */
    static SimpleModule module() {
        return new SimpleModule("rackd-wire-time").addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(format(value));
            }
        });
    }
}
