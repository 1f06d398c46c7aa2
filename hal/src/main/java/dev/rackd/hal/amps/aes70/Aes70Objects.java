package dev.rackd.hal.amps.aes70;

import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Reads and watches one role's object as rackd readings, whatever AES70 class the role is. */
final class Aes70Objects {
    private final String deviceId;
    private final Clock clock;

    Aes70Objects(String deviceId, Clock clock) {
        this.deviceId = deviceId;
        this.clock = clock;
    }

    CompletableFuture<Reading> read(OcaController c, Aes70Role role) {
        long o = role.ono();
        return switch (role.kind()) {
            case GAIN -> new OcaGain(c, o).get().thenApply(v -> reading(role, v.gainDb()));
            case MUTE -> new OcaMute(c, o).get().thenApply(m -> reading(role, m ? 1 : 0));
            case TEMPERATURE, VOLTAGE -> new OcaFloatSensor(c, o).get().thenApply(v -> reading(role, v.reading()));
            case IMPEDANCE -> new OcaImpedanceSensor(c, o).get().thenApply(z -> reading(role, z.magnitudeOhms()));
            case FLAG -> new OcaBooleanSensor(c, o).get().thenApply(b -> reading(role, b ? 1 : 0));
            case STANDBY -> new OcaBooleanActuator(c, o).get().thenApply(b -> reading(role, b ? 1 : 0));
        };
    }

    /** Subscribes to the role's value; each change arrives as a reading on the connection's thread. */
    CompletableFuture<Void> watch(OcaController c, Aes70Role role, Consumer<Reading> sink) {
        long o = role.ono();
        return switch (role.kind()) {
            case GAIN -> new OcaGain(c, o).onChange(v -> sink.accept(reading(role, v)));
            case MUTE -> new OcaMute(c, o).onChange(m -> sink.accept(reading(role, m ? 1 : 0)));
            case TEMPERATURE, VOLTAGE -> new OcaFloatSensor(c, o).onChange(v -> sink.accept(reading(role, v)));
            case IMPEDANCE -> new OcaImpedanceSensor(c, o).onChange(z -> sink.accept(reading(role, z.magnitudeOhms())));
            case FLAG -> new OcaBooleanSensor(c, o).onChange(b -> sink.accept(reading(role, b ? 1 : 0)));
            case STANDBY -> new OcaBooleanActuator(c, o).onChange(b -> sink.accept(reading(role, b ? 1 : 0)));
        };
    }

    /** What the crew sees when the object map is wrong for this amp or its answer made no sense. */
    Reading fault(Aes70Role role) {
        return new Reading(deviceId, role.metric(), Double.NaN, unit(role), clock.instant(), Quality.FAULT);
    }

    private Reading reading(Aes70Role role, double value) {
        return Reading.good(deviceId, role.metric(), value, unit(role), clock.instant());
    }

    static Unit unit(Aes70Role role) {
        return switch (role.kind()) {
            case GAIN -> Unit.DECIBEL;
            case TEMPERATURE -> Unit.CELSIUS;
            case VOLTAGE -> Unit.VOLT;
            case IMPEDANCE -> Unit.OHM;
            case MUTE, FLAG, STANDBY -> Unit.NONE;
        };
    }
}
