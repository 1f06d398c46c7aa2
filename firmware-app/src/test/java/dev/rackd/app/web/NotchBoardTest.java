package dev.rackd.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class NotchBoardTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void notchesFollowTheAudioDomainsEvents() throws Exception {
        NotchBoard b = new NotchBoard();
        assertThat(b.take(JSON.readTree("{\"event\":\"notch_placed\",\"channel\":1,\"hz\":2513.4,\"depth_db\":-3,"
                + "\"width_oct\":0.1,\"fixed\":false}"))).isTrue();
        b.take(JSON.readTree("{\"event\":\"notch_deepened\",\"channel\":1,\"hz\":2515.0,\"depth_db\":-9,"
                + "\"width_oct\":0.1,\"fixed\":false}"));
        b.take(JSON.readTree("{\"event\":\"notch_placed\",\"channel\":2,\"hz\":160,\"depth_db\":-6,\"fixed\":true}"));
        assertThat(b.take(JSON.readTree("{\"event\":\"limiter_active\",\"channel\":1,\"gain_reduction_db\":3}")))
                .isFalse();
        assertThat(b.json().toString()).isEqualTo("{\"channels\":[{\"channel\":1,\"notches\":[{\"hz\":2515.0,"
                + "\"depth_db\":-9.0,\"width_oct\":0.1,\"fixed\":false}]},{\"channel\":2,\"notches\":[{\"hz\":160.0,"
                + "\"depth_db\":-6.0,\"width_oct\":0.1,\"fixed\":true}]}]}");

        assertThat(b.take(JSON.readTree("{\"event\":\"notch_lifted\",\"channel\":1,\"hz\":2514}"))).isTrue();
        assertThat(b.take(JSON.readTree("{\"event\":\"notch_lifted\",\"channel\":1,\"hz\":2514}"))).isFalse();
        assertThat(b.json().get("channels").get(0).get("notches")).isEmpty();
    }

    @Test
    void nonsenseChangesNothing() throws Exception {
        NotchBoard b = new NotchBoard();
        for (String bad : new String[] {"{}", "{\"event\":\"notch_placed\"}", "{\"event\":\"notch_placed\",\"channel\":1,"
                + "\"hz\":-5}", "{\"event\":\"notch_placed\",\"channel\":1,\"hz\":\"loud\"}", "[1,2]"}) {
            assertThat(b.take(JSON.readTree(bad))).as(bad).isFalse();
        }
        assertThat(b.json().get("channels")).isEmpty();
    }
}
