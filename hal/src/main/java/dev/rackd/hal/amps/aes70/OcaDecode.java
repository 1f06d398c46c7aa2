package dev.rackd.hal.amps.aes70;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/** Glue for the typed helpers: read a value from a reader inside a future, or fail it as a bad answer. */
final class OcaDecode {
    private OcaDecode() {}

    @FunctionalInterface
    interface Read<T> {
        T from(OcaReader r) throws Ocp1FormatException;
    }

    static <T> CompletableFuture<T> get(OcaController c, long ono, OcaMethodId getter, Read<T> read) {
        return c.get(ono, getter).thenApply(r -> {
            try {
                return read.from(r);
            } catch (Ocp1FormatException e) {
                throw new CompletionException(new OcaCallException(OcaCallException.Kind.BAD_ANSWER, null,
                        "object " + ono + " method " + getter + " answered something unreadable: " + e.getMessage()));
            }
        });
    }

    static <T> CompletableFuture<Void> watch(OcaController c, long ono, OcaPropertyId property, Read<T> read,
            Consumer<T> listener) {
        return c.subscribe(ono, property, r -> listener.accept(read.from(r)));
    }
}
