package dev.rackd.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.app.core.InboundMessage;
import dev.rackd.app.fixtures.RecordingMessaging;
import dev.rackd.app.fixtures.RecordingMessaging.Out;
import dev.rackd.config.AuthSettings;
import dev.rackd.config.AuthSettings.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandDoorTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final RecordingMessaging mqtt = new RecordingMessaging("foh");
    private final List<String> muted = new CopyOnWriteArrayList<>();
    private CommandDoor door;

    @BeforeEach
    void open() {
        door = new CommandDoor(mqtt, new AuthSettings(Map.of("vic", Role.VIEWER, "cara", Role.CREW, "ada", Role.ADMIN),
                Map.of()), Duration.ofMillis(500));
        door.register("mute", List.of(Role.CREW, Role.ADMIN), r -> {
            r.allowOnly("device", "channel");
            String where = r.requireString("device") + "/" + r.requireInt("channel", 1, 4);
            muted.add(where + " by " + r.user());
            return Map.of("muted", where);
        });
        door.start();
    }

    @AfterEach
    void close() {
        door.close();
    }

    private JsonNode send(String topic, String payload) throws Exception {
        mqtt.clear();
        mqtt.deliver(topic, payload);
        return reply();
    }

    private JsonNode reply() throws Exception {
        List<Out> out = mqtt.awaitSent(1, WAIT);
        return Json.MAPPER.readTree(out.getFirst().payload());
    }

    private Out only() throws Exception {
        List<Out> out = mqtt.awaitSent(1, WAIT);
        Thread.sleep(50);
        assertThat(mqtt.sent()).hasSize(1);
        return out.getFirst();
    }

    @Test
    void aCrewMembersMuteIsCarriedOutAndRepliedOnTheirReplyTopic() throws Exception {
        JsonNode r = send("rackd/foh/cmd/mute/cara", "{\"device\":\"amp-b\",\"channel\":3,\"request_id\":\"m1\"}");
        assertThat(r.get("ok").asBoolean()).isTrue();
        assertThat(r.get("result").get("muted").asText()).isEqualTo("amp-b/3");
        assertThat(r.get("request_id").asText()).isEqualTo("m1");
        assertThat(only().topic()).isEqualTo("rackd/foh/reply/mute/cara");
        assertThat(muted).containsExactly("amp-b/3 by cara");
    }

    @Test
    void aRequestIdOfAnyWholeNumberComesBackDigitForDigit() throws Exception {
        String big = "340282366920938463463374607431768211455"; // a 128-bit id
        JsonNode r = send("rackd/foh/cmd/mute/cara", "{\"device\":\"amp-b\",\"channel\":3,\"request_id\":" + big + "}");
        assertThat(r.get("ok").asBoolean()).isTrue();
        assertThat(r.get("request_id").bigIntegerValue()).hasToString(big);
        mqtt.clear();
        JsonNode half = send("rackd/foh/cmd/mute/cara", "{\"device\":\"amp-b\",\"channel\":3,\"request_id\":1.5}");
        assertThat(half.get("error").get("code").asText()).isEqualTo("wrong_type");
    }

    @Test
    void aCommandRefusedBeforeItIsReadStillCarriesItsRequestIdBack() throws Exception {
        JsonNode refused = send("rackd/foh/cmd/mute/vic", "{\"device\":\"amp-b\",\"channel\":3,\"request_id\":\"r7\"}");
        assertThat(code(refused)).isEqualTo("not_authorised");
        assertThat(refused.get("request_id").asText()).isEqualTo("r7");
        mqtt.clear();
        JsonNode unknown = send("rackd/foh/cmd/mutee/cara", "{\"request_id\": 42}");
        assertThat(code(unknown)).isEqualTo("unknown_command");
        assertThat(unknown.get("request_id").asInt()).isEqualTo(42);
        mqtt.clear();
        JsonNode huge = send("rackd/foh/cmd/mute/cara", "{\"channel\": " + "9".repeat(70) + "}");
        assertThat(huge.get("error").get("message").asText()).doesNotContain("StreamReadConstraints")
                .contains("(64)");
    }

    @Test
    void aFieldSentAsNullIsAFieldNotGiven() throws Exception {
        door.register("echo", List.of(Role.CREW), r -> r.optionalInt("limit", 1, 500, 100));
        assertThat(send("rackd/foh/cmd/echo/cara", "{\"limit\": null}").get("result").asInt()).isEqualTo(100);
        mqtt.clear();
        JsonNode required = send("rackd/foh/cmd/mute/cara", "{\"device\": null, \"channel\": 3}");
        assertThat(code(required)).isEqualTo("missing_field");
    }

    @Test
    void aCommandThatTakesNoFieldsSaysSoWhenGivenOne() throws Exception {
        door.register("clear", List.of(Role.CREW), r -> {
            r.allowOnly();
            return Map.of("cleared", true);
        });
        JsonNode r = send("rackd/foh/cmd/clear/cara", "{\"all\": true}");
        assertThat(code(r)).isEqualTo("unknown_field");
        assertThat(r.get("error").get("message").asText()).isEqualTo("'clear' has no field 'all'; it takes no fields");
        JsonNode two = send("rackd/foh/cmd/mute/cara", "{\"device\":\"amp-b\",\"channel\":2,\"volume\":11}");
        assertThat(two.get("error").get("message").asText())
                .isEqualTo("'mute' has no field 'volume'; allowed: channel, device");
    }

    @Test
    void aNumberTooSmallToBeAnythingButZeroComesBackAsZeroNotMinusZero() throws Exception {
        door.register("threshold", List.of(Role.CREW), r -> Map.of("dbtp", r.requireNumber("dbtp", -20, 0)));
        mqtt.clear();
        mqtt.deliver("rackd/foh/cmd/threshold/cara", "{\"dbtp\": -1e-400}");
        assertThat(only().text()).contains("\"result\":{\"dbtp\":0.0}").doesNotContain("-0");
    }

    @Test
    void aViewersMuteIsRefusedAndNothingIsMuted() throws Exception {
        JsonNode r = send("rackd/foh/cmd/mute/vic", "{\"device\":\"amp-b\",\"channel\":3}");
        assertThat(r.get("ok").asBoolean()).isFalse();
        assertThat(r.get("error").get("code").asText()).isEqualTo("not_authorised");
        assertThat(r.get("error").get("message").asText()).isEqualTo("'mute' needs the role crew or admin; 'vic' is viewer");
        assertThat(muted).isEmpty();
    }

    @Test
    void withUsersInTheShowFileAnAnonymousSenderMayOnlyLook() throws Exception {
        JsonNode r = send("rackd/foh/cmd/mute", "{\"device\":\"amp-b\",\"channel\":3}");
        assertThat(r.get("error").get("message").asText()).endsWith("an anonymous sender is viewer");
        assertThat(only().topic()).isEqualTo("rackd/foh/reply/mute");
    }

    @Test
    void withoutUsersTheAnonymousDemoSenderIsCrew() throws Exception {
        CommandDoor demo = new CommandDoor(mqtt, new AuthSettings(Map.of(), Map.of()), WAIT);
        assertThat(demo.anonymousRole()).isEqualTo(Role.CREW);
        demo.close();
    }

    @Test
    void aNameTheShowFileDoesNotKnowIsRefused() throws Exception {
        JsonNode r = send("rackd/foh/cmd/mute/mallory", "{}");
        assertThat(r.get("error").get("code").asText()).isEqualTo("not_authorised");
    }

    @Test
    void everyKindOfWrongPayloadGetsItsCode() throws Exception {
        String t = "rackd/foh/cmd/mute/cara";
        assertThat(code(send("rackd/foh/cmd/unmute/cara", "{}"))).isEqualTo("unknown_command");
        assertThat(code(send(t, "{\"device\":"))).isEqualTo("malformed_json");
        assertThat(code(send(t, "[1,2]"))).isEqualTo("malformed_json");
        assertThat(code(send(t, "{\"device\":\"a\",\"device\":\"b\",\"channel\":1}"))).isEqualTo("malformed_json");
        assertThat(code(send(t, "{\"device\":\"amp-b\"}"))).isEqualTo("missing_field");
        assertThat(code(send(t, "{\"device\":\"amp-b\",\"channel\":\"3\"}"))).isEqualTo("wrong_type");
        assertThat(code(send(t, "{\"device\":\"amp-b\",\"channel\":1e400}"))).isEqualTo("wrong_type");
        JsonNode range = send(t, "{\"device\":\"amp-b\",\"channel\":99999999999999999999}");
        assertThat(code(range)).isEqualTo("out_of_range");
        assertThat(range.get("error").get("message").asText()).isEqualTo("'channel' is 99999999999999999999; allowed: 1 to 4");
        assertThat(code(send(t, "{\"device\":\"amp-b\",\"channel\":2,\"volume\":11}"))).isEqualTo("unknown_field");
        assertThat(code(send(t, "{\"pad\":\"" + "x".repeat(CommandPayload.MAX_BYTES) + "\"}"))).isEqualTo("too_large");
        assertThat(code(send("rackd/foh/cmd/mute/cara/extra", "{}"))).isEqualTo("unknown_command");
        assertThat(muted).isEmpty();
    }

    @Test
    void aRetainedCommandIsNeverCarriedOut() throws Exception {
        mqtt.deliver(new InboundMessage("rackd/foh/cmd/mute/cara",
                "{\"device\":\"amp-b\",\"channel\":1}".getBytes(StandardCharsets.UTF_8), Optional.empty(), null, Map.of(),
                true));
        assertThat(code(reply())).isEqualTo("refused");
        assertThat(muted).isEmpty();
    }

    @Test
    void mqtt5RepliesGoToTheResponseTopicWithTheCorrelationData() throws Exception {
        byte[] corr = {1, 2, 3};
        mqtt.deliver(new InboundMessage("rackd/foh/cmd/mute/cara",
                "{\"device\":\"amp-b\",\"channel\":1}".getBytes(StandardCharsets.UTF_8),
                Optional.of("rackd/foh/reply/phone-7/cara"), corr, Map.of()));
        Out o = only();
        assertThat(o.topic()).isEqualTo("rackd/foh/reply/phone-7/cara");
        assertThat(o.correlation()).containsExactly(1, 2, 3);
    }

    @Test
    void aResponseTopicIntoTheRacksTreeOrSomebodyElsesRepliesIsRefused() throws Exception {
        for (String bad : List.of("rackd/foh/alerts/fake", "rackd/foh/reply/x/ada", "rackd/foh/status")) {
            mqtt.clear();
            mqtt.deliver(new InboundMessage("rackd/foh/cmd/mute/cara", "{}".getBytes(StandardCharsets.UTF_8),
                    Optional.of(bad), new byte[] {9}, Map.of()));
            Out o = only();
            assertThat(o.topic()).isEqualTo("rackd/foh/reply/mute/cara");
            assertThat(code(Json.MAPPER.readTree(o.payload()))).isEqualTo("refused");
        }
        assertThat(muted).isEmpty();
    }

    @Test
    void aHandlerThatHangsGetsOneErrorReplyAndTheDoorCarriesOn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        door.register("hang", List.of(Role.CREW), r -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        });
        JsonNode r = send("rackd/foh/cmd/hang/cara", "{}");
        assertThat(code(r)).isEqualTo("internal");
        assertThat(r.get("error").get("message").asText()).contains("did not finish");
        release.countDown();
        assertThat(send("rackd/foh/cmd/mute/cara", "{\"device\":\"a\",\"channel\":1}").get("ok").asBoolean()).isTrue();
    }

    @Test
    void aHandlerThatThrowsIsAnInternalErrorNotACrash() throws Exception {
        door.register("boom", List.of(Role.CREW), r -> {
            throw new IllegalStateException("driver exploded");
        });
        JsonNode r = send("rackd/foh/cmd/boom/cara", "{}");
        assertThat(code(r)).isEqualTo("internal");
        // the crew reads what went wrong, not the name of a Java class
        assertThat(r.get("error").get("message").asText()).isEqualTo("'boom' failed inside rackd: driver exploded; "
                + "its effect is unknown, check the rack's state (the log has the details)");
        assertThat(send("rackd/foh/cmd/mute/cara", "{\"device\":\"a\",\"channel\":1}").get("ok").asBoolean()).isTrue();
    }

    @Test
    void theShowFileCanGiveACommandToOtherRoles() throws Exception {
        CommandDoor strict = new CommandDoor(mqtt, new AuthSettings(Map.of("cara", Role.CREW, "vic", Role.VIEWER),
                Map.of("mute", List.of(Role.VIEWER))), WAIT);
        strict.register("mute", List.of(Role.CREW), r -> "ok");
        mqtt.clear();
        assertThat(strict.submit("mute", new byte[0], "vic", Role.VIEWER).get().get("ok").asBoolean()).isTrue();
        assertThat(code(strict.submit("mute", new byte[0], "cara", Role.CREW).get())).isEqualTo("not_authorised");
        strict.close();
    }

    private static String code(JsonNode reply) {
        return reply.get("error").get("code").asText();
    }
}
