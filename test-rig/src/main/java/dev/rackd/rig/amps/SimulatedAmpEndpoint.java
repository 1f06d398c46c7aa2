package dev.rackd.rig.amps;

/** A simulated amp and the socket it answers on, whichever protocol it speaks. */
public record SimulatedAmpEndpoint(SimulatedAmp model, SimFaults faults, int port, AutoCloseable server) {
    static SimulatedAmpEndpoint of(PowersoftSimulator s) {
        return new SimulatedAmpEndpoint(s.amp(), s.faults(), s.port(), s);
    }

    static SimulatedAmpEndpoint of(Aes70Simulator s) {
        return new SimulatedAmpEndpoint(s.amp(), s.faults(), s.port(), s);
    }

    void close() {
        try {
            server.close();
        } catch (Exception ignored) {
            // a simulator that fails to close is gone anyway
        }
    }
}
