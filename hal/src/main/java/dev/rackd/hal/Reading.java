package dev.rackd.hal;

import java.time.Instant;
import java.util.Objects;

/**
 * One measured value of one device, as every driver reports it.
 *
 * @param deviceId the show file's id of the device
 * @param metric   snake_case, per phase {@code l1_}..{@code l3_}, per channel {@code ch<N>_}
 * @param value    in {@code unit}, kept to twelve significant digits ({@link Decimals}: the noise of arithmetic on
 *                 raw registers is no part of a reading); NaN only with quality {@link Quality#FAULT}. A FAULT may
 *                 keep its number (a voltage beyond what the meter measures): it is still never a good value
 * @param time     when the value was read from the device
 */
public record Reading(String deviceId, String metric, double value, Unit unit, Instant time, Quality quality) {
    public Reading {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(quality, "quality");
        value = Decimals.twelveDigits(value);
    }

    public static Reading good(String deviceId, String metric, double value, Unit unit, Instant time) {
        return new Reading(deviceId, metric, value, unit, time, Quality.GOOD);
    }

    public Reading withQuality(Quality q) {
        return new Reading(deviceId, metric, value, unit, time, q);
    }
}
