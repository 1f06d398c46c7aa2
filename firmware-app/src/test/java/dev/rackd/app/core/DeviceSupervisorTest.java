package dev.rackd.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeviceSupervisorTest {
    private final List<String> log = new ArrayList<>();
    private final LiveRackState state = new LiveRackState(Map.of(), Duration.ofSeconds(1), 0);

    private Device device(String id, String name) {
        return new Device() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void start(DeviceListener listener) {
                log.add("start " + name);
            }

            @Override
            public long cycles() {
                return 0;
            }

            @Override
            public void close() {
                log.add("close " + name);
            }
        };
    }

    @Test
    void theVirtualDeviceAttachedFirstWinsOverADriverForTheSameId() {
        DeviceSupervisor s = new DeviceSupervisor(state, Set.of("pdu"));
        s.attach(device("pdu", "virtual"));
        s.attach(device("pdu", "modbus"));
        s.startAll();

        assertThat(s.isVirtual("pdu")).isTrue();
        assertThat(log).containsExactly("close modbus", "start virtual");
    }

    @Test
    void devicesAttachedAfterStartStartAtOnceAndCloseNewestFirst() {
        DeviceSupervisor s = new DeviceSupervisor(state, Set.of());
        s.attach(device("a", "a"));
        s.startAll();
        s.attach(device("b", "b"));
        s.closeAll();
        s.attach(device("c", "c"));

        assertThat(log).containsExactly("start a", "start b", "close b", "close a", "close c");
    }

    @Test
    void aDriverThatThrowsOnStartIsReportedOfflineAndTheOthersStillStart() {
        DeviceSupervisor s = new DeviceSupervisor(state, Set.of());
        s.attach(new Device() {
            @Override
            public String id() {
                return "bad";
            }

            @Override
            public void start(DeviceListener listener) {
                throw new IllegalStateException("no such port");
            }

            @Override
            public long cycles() {
                return 0;
            }

            @Override
            public void close() {}
        });
        s.attach(device("good", "good"));
        state.online("bad", true, "assumed");
        s.startAll();

        assertThat(log).containsExactly("start good");
        assertThat(state.isOnline("bad")).isFalse();
    }
}
