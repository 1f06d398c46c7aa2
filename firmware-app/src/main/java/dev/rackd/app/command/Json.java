package dev.rackd.app.command;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON dialect of rackd's MQTT contract: snake_case names, ISO-8601 times to the millisecond, lower-case enum
 * names. Parsing of outside bytes is strict and bounded: duplicate keys, trailing garbage, deep nesting
 * and absurdly long numbers are refused rather than guessed at.
 */
public final class Json {
    /** For what rackd writes and reads back from its own state. */
    public static final ObjectMapper MAPPER = base(JsonFactory.builder().build())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .build();

    /** For payloads from outside. */
    public static final ObjectMapper STRICT = base(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16).maxNumberLength(64).maxStringLength(16 * 1024).maxNameLength(256)
                    .build())
            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {}

    private static JsonMapper.Builder base(JsonFactory factory) {
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(WireTime.module())
                .addModule(noNegativeZero())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
    }

    /**
     * -0.0 written as 0.0: a value that rounds to nothing from below (a threshold sent as -1e-400) would otherwise
     * come back as "-0.0", which reads as a different setting from 0.
     */
    private static SimpleModule noNegativeZero() {
        StdSerializer<Double> doubles = new StdSerializer<>(Double.class) {
            @Override
            public void serialize(Double v, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeNumber(v + 0.0); // -0.0 + 0.0 is 0.0; every other value is itself
            }
        };
        StdSerializer<Float> floats = new StdSerializer<>(Float.class) {
            @Override
            public void serialize(Float v, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeNumber(v + 0.0f);
            }
        };
        return new SimpleModule("rackd-no-negative-zero").addSerializer(Double.class, doubles)
                .addSerializer(double.class, doubles).addSerializer(Float.class, floats)
                .addSerializer(float.class, floats);
    }
}
