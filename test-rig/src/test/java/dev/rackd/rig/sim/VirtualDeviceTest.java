package dev.rackd.rig.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VirtualDeviceTest {
    private final Map<String, Reading> latest = new ConcurrentHashMap<>();
    private final List<String> online = new CopyOnWriteArrayList<>();
    private final DeviceListener listener = new DeviceListener() {
        @Override
        public void reading(Reading r) {
            latest.put(r.metric(), r);
        }

        @Override
        public void online(String deviceId, boolean on, String reason) {
            online.add(deviceId + "=" + on);
        }
    };
    private final Map<String, VirtualDevice> rack = VirtualRack.build(Shows.small(), java.util.Set.of(),
            Clock.systemUTC(), 7);
    private final VirtualDevice amp = rack.get("amp-a");

    @AfterEach
    void close() {
        rack.values().forEach(VirtualDevice::close);
    }

    private void awaitValue(String metric, double value) {
        await().atMost(Duration.ofSeconds(15)).until(() -> latest.containsKey(metric)
                && latest.get(metric).value() == value);
    }

    @Test
    void everyShowDeviceIsBackedExceptThoseAFamilyCovers() {
        assertThat(rack).containsOnlyKeys("distro", "rail-24v", "amp-exhaust", "amp-a", "ulxd-1");
        assertThat(VirtualRack.build(Shows.small(), java.util.Set.of("amp-a"), Clock.systemUTC(), 7))
                .doesNotContainKey("amp-a");
    }

    @Test
    void anInjectedValueHoldsUntilReleased() {
        amp.start(listener);
        await().atMost(Duration.ofSeconds(15)).until(() -> latest.containsKey("ch1_temperature"));
        amp.inject("ch1_temperature", "71.5");
        awaitValue("ch1_temperature", 71.5);
        amp.inject("ch1_temperature", "release");
        await().atMost(Duration.ofSeconds(15)).until(() -> latest.get("ch1_temperature").value() < 60);
        assertThat(latest.get("ch1_temperature").quality()).isEqualTo(Quality.GOOD);
        assertThat(latest.get("ch1_temperature").unit().symbol()).isEqualTo("°C");
    }

    @Test
    void offlineSilencesTheDeviceGarbageFaultsItsReadingsOnlineBringsItBack() throws Exception {
        amp.start(listener);
        await().atMost(Duration.ofSeconds(15)).until(() -> online.contains("amp-a=true"));
        amp.inject("state", "offline");
        await().atMost(Duration.ofSeconds(15)).until(() -> online.contains("amp-a=false"));
        latest.clear();
        Thread.sleep(3 * Shows.POLL.toMillis());
        assertThat(latest).isEmpty();

        amp.inject("state", "garbage");
        await().atMost(Duration.ofSeconds(15)).until(() -> latest.containsKey("ch1_gain"));
        assertThat(latest.get("ch1_gain").quality()).isEqualTo(Quality.FAULT);
        assertThat(latest.get("ch1_gain").value()).isNaN();

        amp.inject("state", "online");
        await().atMost(Duration.ofSeconds(15)).until(() -> latest.get("ch1_gain").quality() == Quality.GOOD);
        assertThat(online).containsExactly("amp-a=true", "amp-a=false", "amp-a=true");
        assertThat(amp.cycles()).isPositive();
    }

    @Test
    void aWrongInjectionSaysWhatIsAllowedAndChangesNothing() {
        assertThatThrownBy(() -> amp.inject("ch9_gain", "1")).hasMessageContaining("amp-a has no metric 'ch9_gain'")
                .hasMessageContaining("ch1_gain");
        assertThatThrownBy(() -> amp.inject("ch1_gain", "loud")).hasMessageContaining("number or 'release'");
        assertThatThrownBy(() -> amp.inject("ch1_gain", "NaN")).hasMessageContaining("finite");
        assertThatThrownBy(() -> amp.inject("state", "asleep")).hasMessageContaining("offline, online or garbage");
        amp.start(listener);
        awaitValue("ch1_gain", -3);
    }
}
