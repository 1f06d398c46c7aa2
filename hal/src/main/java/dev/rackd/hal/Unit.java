package dev.rackd.hal;

/** Units as the SI symbols the crew reads on telemetry and the dashboard. */
public enum Unit {
    VOLT("V"), AMPERE("A"), WATT("W"), WATT_HOUR("Wh"), HERTZ("Hz"), CELSIUS("°C"),
    CELSIUS_PER_MINUTE("°C/min"), DECIBEL("dB"), DBFS("dBFS"), DBTP("dBTP"), DBM("dBm"),
    PERCENT("%"), OHM("Ω"), KILOHERTZ("kHz"), MINUTE("min"), MILLISECOND("ms"), SAMPLE("samples"),
    /** Counts, flags (0/1) and bars: no physical unit. */
    NONE("");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
