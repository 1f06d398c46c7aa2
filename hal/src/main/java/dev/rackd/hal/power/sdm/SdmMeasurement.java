package dev.rackd.hal.power.sdm;

/**
 * One poll of an Eastron meter; per-phase arrays are indexed 0 = the meter's first phase.
 *
 * @param powerFactor signed: negative when current flows back into the supply
 * @param neutralCurrentA NaN on single-phase meters
 */
public record SdmMeasurement(double[] voltageV, double[] currentA, double[] powerW, double[] powerFactor,
        double frequencyHz, double importKwh, double neutralCurrentA) {

    public SdmMeasurement {
        voltageV = voltageV.clone();
        currentA = currentA.clone();
        powerW = powerW.clone();
        powerFactor = powerFactor.clone();
    }

    public int phases() {
        return voltageV.length;
    }

    public double voltageV(int phase) {
        return voltageV[phase];
    }

    public double currentA(int phase) {
        return currentA[phase];
    }

    public double powerW(int phase) {
        return powerW[phase];
    }

    public double powerFactor(int phase) {
        return powerFactor[phase];
    }

    public double totalPowerW() {
        double sum = 0;
        for (double p : powerW) {
            sum += p;
        }
        return sum;
    }

    static boolean voltagePlausible(double v) {
        return v >= 0 && v <= 500;
    }

    static boolean currentPlausible(double a) {
        return a >= 0 && a <= 6000;
    }

    static boolean powerFactorPlausible(double pf) {
        return pf >= -1.0001 && pf <= 1.0001;
    }

    static boolean frequencyPlausible(double hz) {
        return hz >= 40 && hz <= 70;
    }
}
