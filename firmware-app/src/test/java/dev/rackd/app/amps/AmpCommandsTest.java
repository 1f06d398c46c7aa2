package dev.rackd.app.amps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.CommandHandler;
import dev.rackd.app.command.CommandRequest;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.hal.amps.AmpCommandException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AmpCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeAmp amp = new FakeAmp(4);
    private final Map<String, CommandHandler> handlers = new HashMap<>();
    private final Map<String, List<Role>> roles = new HashMap<>();

    @BeforeEach
    void register() {
        AmpWatch w = new AmpWatch(TestAmps.ampB(), amp, new RecordingAlerts(), new dev.rackd.hal.DeviceListener() {
            @Override
            public void reading(dev.rackd.hal.Reading reading) {}

            @Override
            public void online(String deviceId, boolean online, String reason) {}
        }, AmpWatch.Tuning.defaults());
        new AmpCommands(Map.of("amp-b", w), Clock.systemUTC()).register((name, defaultRoles, handler) -> {
            handlers.put(name, handler);
            roles.put(name, defaultRoles);
        });
    }

    @Test
    void registersTheSixCommandsForCrewAndAdminOnly() {
        assertThat(handlers).containsOnlyKeys("mute", "unmute", "gain", "standby", "wake", "restore");
        assertThat(roles.values()).allSatisfy(r -> assertThat(r).containsExactlyInAnyOrder(Role.CREW, Role.ADMIN));
    }

    @Test
    void muteAnswersWithWhatTheAmpReadsBack() throws Exception {
        Object result = run("mute", "{\"device\":\"amp-b\",\"channel\":2}");
        assertThat(result).isEqualTo(Map.of("device", "amp-b", "channel", 2, "gain_db", 0.0, "muted", true));
        assertThat(amp.calls).containsExactly("mute 2");
    }

    @Test
    void anOfflineAmpIsRefusedAndNothingIsSent() {
        amp.online = false;
        assertError("mute", "{\"device\":\"amp-b\",\"channel\":1}", ErrorCode.DEVICE_OFFLINE, "Amp B is offline");
        assertThat(amp.calls).isEmpty();
    }

    @Test
    void aDriverThatLosesTheAmpMidCommandSaysTheStateIsUnknown() {
        amp.failNext = new AmpCommandException(AmpCommandException.Reason.NO_ANSWER, "no answer; state unknown");
        assertError("unmute", "{\"device\":\"amp-b\",\"channel\":1}", ErrorCode.DEVICE_OFFLINE, "state unknown");
    }

    @Test
    void gainStaysWithinTheShowFilesLimits() throws Exception {
        assertError("gain", "{\"device\":\"amp-b\",\"channel\":1,\"gain_db\":3}", ErrorCode.OUT_OF_RANGE, "-20 to 0");
        assertError("gain", "{\"device\":\"amp-b\",\"channel\":4,\"gain_db\":0}", ErrorCode.REFUSED, "no gain limits");
        assertThat(amp.calls).isEmpty();
        assertThat(run("gain", "{\"device\":\"amp-b\",\"channel\":1,\"gain_db\":-12.5}")).asString().contains("gain_db=-12.5");
    }

    @Test
    void wrongRequestsAreRefusedWithTheirCodes() {
        assertError("mute", "{\"device\":\"amp-z\",\"channel\":1}", ErrorCode.NOT_FOUND, "amp-b");
        assertError("mute", "{\"device\":\"amp-b\",\"channel\":5}", ErrorCode.OUT_OF_RANGE, "1 to 4");
        assertError("mute", "{\"device\":\"amp-b\",\"channel\":1,\"all\":true}", ErrorCode.UNKNOWN_FIELD, "all");
        assertThat(amp.calls).isEmpty();
    }

    @Test
    void restoreWantsAConfirmation() {
        assertError("restore", "{\"device\":\"amp-b\"}", ErrorCode.REFUSED, "\"confirm\": true");
        assertThat(amp.calls).isEmpty();
    }

    @Test
    void restoreMutesBeforeChangingGainAndSetsGainBeforeUnmuting() throws Exception {
        Object result = run("restore", "{\"device\":\"amp-b\",\"confirm\":true}");
        assertThat(amp.calls).containsExactly("gain 1 -6.0", "unmute 1", "mute 2", "gain 2 -3.0", "gain 3 -3.0", "unmute 3");
        assertThat(result).asString().contains("channels");
    }

    @Test
    void aRestoreThatFailsHalfwaySaysWhatItDid() {
        amp.setGain(1, 0); // warm the fake; then fail on the next call
        amp.calls.clear();
        amp.failNext = new AmpCommandException(AmpCommandException.Reason.OFFLINE, "amp amp-b went offline");
        assertError("restore", "{\"device\":\"amp-b\",\"confirm\":true}", ErrorCode.DEVICE_OFFLINE,
                "restored nothing; ch 1 failed");
    }

    @Test
    void standbyAndWake() throws Exception {
        assertThat(run("standby", "{\"device\":\"amp-b\",\"confirm\":true}"))
                .isEqualTo(Map.of("device", "amp-b", "standby", true));
        assertThat(run("wake", "{\"device\":\"amp-b\"}")).isEqualTo(Map.of("device", "amp-b", "standby", false));
    }

    @Test
    void standbyWithoutConfirmLeavesTheAmpPlaying() {
        amp.calls.clear();
        assertError("standby", "{\"device\":\"amp-b\"}", ErrorCode.REFUSED,
                "standby silences every channel of Amp B while it may be playing; send \"confirm\": true");
        assertThat(amp.calls).isEmpty();
    }

    private Object run(String name, String json) throws Exception {
        return handlers.get(name).handle(new CommandRequest(name, (ObjectNode) JSON.readTree(json), "tech", Role.CREW));
    }

    private void assertError(String name, String json, ErrorCode code, String words) {
        assertThatThrownBy(() -> run(name, json)).isInstanceOf(CommandException.class).hasMessageContaining(words)
                .satisfies(e -> assertThat(((CommandException) e).code()).isEqualTo(code));
    }
}
