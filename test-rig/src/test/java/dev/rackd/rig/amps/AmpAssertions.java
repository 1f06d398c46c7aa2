package dev.rackd.rig.amps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.hal.amps.AmpCommandException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Assertions on what an amp driver answers a crew command. */
final class AmpAssertions {
    private AmpAssertions() {}

    /** The command was refused for {@code reason}, with a message containing {@code words}. */
    static void assertRefused(CompletableFuture<?> f, AmpCommandException.Reason reason, String words) {
        try {
            f.get(5, TimeUnit.SECONDS);
            throw new AssertionError("expected a refusal");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(AmpCommandException.class).hasMessageContaining(words);
            assertThat(((AmpCommandException) e.getCause()).reason()).isEqualTo(reason);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
