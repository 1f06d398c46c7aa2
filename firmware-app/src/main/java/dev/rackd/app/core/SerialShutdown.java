package dev.rackd.app.core;

import com.fazecast.jSerialComm.SerialPort;

/**
 * The serial library closes every open port in a JVM shutdown hook of its own, which runs beside rackd's
 * stop hook: a meter or scanner would see its port vanish and report itself offline before rackd had said
 * it is stopping, and the crew would get an alert for every serial device at every clean stop. The library
 * runs the hooks given to it first, then closes the ports; this hands it one.
 */
final class SerialShutdown {
    private SerialShutdown() {}

    /** Runs {@code action} when the JVM stops, before the serial ports close. */
    static void beforePortsClose(Runnable action) {
        SerialPort.addShutdownHook(Thread.ofPlatform().name("rackd-quiesce").unstarted(action));
    }
}
