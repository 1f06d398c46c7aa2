package dev.rackd.app.amps;

import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.CommandRequest;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.hal.amps.AmpCommandException;
import dev.rackd.hal.amps.AmpControl;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Finds the amp a command names and turns driver outcomes into the command contract's error codes. */
final class AmpCommandGate {
    private final Map<String, AmpWatch> watches;

    AmpCommandGate(Map<String, AmpWatch> watches) {
        this.watches = watches;
    }

    AmpWatch amp(CommandRequest r) throws CommandException {
        String id = r.requireString("device");
        AmpWatch w = watches.get(id);
        if (w == null) {
            throw new CommandException(ErrorCode.NOT_FOUND, "no amplifier '" + id + "' in the show file; amplifiers: "
                    + String.join(", ", watches.keySet()));
        }
        return w;
    }

    /** The amp's driver, if it is answering; nothing is sent to an amp that is not. */
    AmpControl online(AmpWatch w) throws CommandException {
        AmpControl d = w.driver().orElseThrow(() -> new CommandException(ErrorCode.DEVICE_OFFLINE,
                AmpNames.amp(w.amp()) + " has no driver running (it is simulated by a value model); nothing was sent"));
        if (!d.online()) {
            throw new CommandException(ErrorCode.DEVICE_OFFLINE, AmpNames.amp(w.amp()) + " is offline; nothing was sent");
        }
        return d;
    }

    static <T> T await(CompletableFuture<T> f, Duration timeout) throws CommandException {
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AmpCommandException a) {
                throw translate(a);
            }
            throw new CommandException(ErrorCode.INTERNAL, "amp command failed: " + e.getCause());
        } catch (TimeoutException e) {
            throw new CommandException(ErrorCode.DEVICE_OFFLINE,
                    "the amp did not finish within " + timeout.toSeconds() + " s; its state is unknown until the next read");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException(ErrorCode.INTERNAL, "interrupted while waiting for the amp");
        }
    }

    static CommandException translate(AmpCommandException a) {
        ErrorCode code = switch (a.reason()) {
            case OFFLINE, NO_ANSWER -> ErrorCode.DEVICE_OFFLINE;
            case REFUSED, NOT_SUPPORTED -> ErrorCode.REFUSED;
        };
        return new CommandException(code, a.getMessage());
    }
}
