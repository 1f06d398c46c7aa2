package dev.rackd.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.config.AuthSettings.Role;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The command payload parser and field accessors against whatever bytes a sender can produce. */
class CommandPayloadProperties {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Set<ErrorCode> PARSE_CODES = EnumSet.of(ErrorCode.MALFORMED_JSON, ErrorCode.TOO_LARGE,
            ErrorCode.WRONG_TYPE);
    private static final Set<ErrorCode> FIELD_CODES = EnumSet.of(ErrorCode.MISSING_FIELD, ErrorCode.WRONG_TYPE,
            ErrorCode.OUT_OF_RANGE);

    @Property(tries = 1000)
    void anyBytesGiveAnObjectOrAParseErrorNeverACrash(@ForAll @Size(max = 300) byte[] bytes) {
        try {
            CommandPayload p = CommandPayload.parse(bytes);
            assertThat(p.args().isObject()).isTrue();
            assertThat(p.args().has(CommandPayload.REQUEST_ID)).isFalse();
        } catch (CommandException e) {
            assertThat(PARSE_CODES).contains(e.code());
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 1000)
    void jsonLookingTextGivesAnObjectOrAParseError(@ForAll("jsonish") String text) {
        try {
            CommandPayload.parse(text.getBytes(StandardCharsets.UTF_8));
        } catch (CommandException e) {
            assertThat(PARSE_CODES).contains(e.code());
        }
    }

    /** Numbers compare by value: 0 read back may be an int where a long was written. */
    private static final java.util.Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    @Property(tries = 300)
    void everyObjectComesBackAsItWasWithoutItsRequestIdOrItsNullFields(@ForAll("objects") ObjectNode sent)
            throws Exception {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(sent);
        CommandPayload p;
        try {
            p = CommandPayload.parse(bytes);
        } catch (CommandException e) {
            assertThat(e.code()).isIn(ErrorCode.TOO_LARGE, ErrorCode.WRONG_TYPE);
            return;
        }
        ObjectNode expected = sent.deepCopy();
        expected.properties().removeIf(e -> e.getValue().isNull()); // a field sent as null is a field not given
        JsonNode id = expected.remove(CommandPayload.REQUEST_ID);
        assertThat(p.args().equals(SAME_VALUE, expected)).as("%s vs %s", p.args(), expected).isTrue();
        assertThat(id == null ? p.requestId().isEmpty() : p.requestId().orElseThrow().equals(SAME_VALUE, id)).isTrue();
    }

    @Property(tries = 300)
    void anythingButAnObjectIsMalformed(@ForAll("scalarsAndArrays") JsonNode value) throws Exception {
        try {
            CommandPayload.parse(Json.MAPPER.writeValueAsBytes(value));
            throw new AssertionError("accepted " + value);
        } catch (CommandException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        }
    }

    @Property(tries = 50)
    void oversizedPayloadsAreTooLargeWhateverTheyHold(@ForAll @Size(min = 1, max = 4096) byte[] tail) {
        byte[] big = new byte[CommandPayload.MAX_BYTES + tail.length];
        System.arraycopy(tail, 0, big, 0, tail.length);
        try {
            CommandPayload.parse(big);
            throw new AssertionError("accepted " + big.length + " bytes");
        } catch (CommandException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE);
        }
    }

    @Property(tries = 500)
    void fieldAccessorsReturnAnAllowedValueOrTheRightError(@ForAll("values") JsonNode value) {
        ObjectNode args = F.objectNode();
        args.set("channel", value);
        args.set("device", value);
        CommandRequest r = new CommandRequest("mute", args, "cara", Role.CREW);
        try {
            int ch = r.requireInt("channel", 1, 4);
            assertThat(ch).isBetween(1, 4);
        } catch (CommandException e) {
            assertThat(FIELD_CODES).contains(e.code());
        }
        try {
            double gain = r.requireNumber("channel", -80, 12);
            assertThat(gain).isBetween(-80.0, 12.0);
        } catch (CommandException e) {
            assertThat(FIELD_CODES).contains(e.code());
        }
        try {
            assertThat(r.requireString("device")).isNotBlank();
        } catch (CommandException e) {
            assertThat(FIELD_CODES).contains(e.code());
        }
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.strings().withChars("{}[]\":,0123456789.eE+-truefalsnl \\u\t\n").ofMaxLength(60);
    }

    @Provide
    Arbitrary<ObjectNode> objects() {
        return Arbitraries.maps(Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.just(CommandPayload.REQUEST_ID)), values()).ofMaxSize(6).map(m -> {
                    ObjectNode o = F.objectNode();
                    m.forEach(o::set);
                    return o;
                });
    }

    @Provide
    Arbitrary<JsonNode> scalarsAndArrays() {
        return values().filter(v -> !v.isObject());
    }

    @Provide
    Arbitrary<JsonNode> values() {
        return Arbitraries.lazyOf(
                () -> Arbitraries.strings().ofMaxLength(20).map(F::textNode),
                () -> Arbitraries.longs().map(F::numberNode),
                () -> Arbitraries.doubles().map(F::numberNode),
                () -> Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(),
                        java.math.BigInteger.TEN.pow(30)).map(F::numberNode),
                () -> Arbitraries.of(true, false).map(F::booleanNode),
                () -> Arbitraries.just(F.nullNode()),
                () -> values().list().ofMaxSize(3).map(l -> {
                    var a = F.arrayNode();
                    l.forEach(a::add);
                    return a;
                }));
    }
}
