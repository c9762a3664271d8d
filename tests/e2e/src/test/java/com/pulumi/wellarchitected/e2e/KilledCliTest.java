package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code pulumi} CLI and everything it started SIGKILLed in the middle of {@code pulumi up}, as a crash of the
 * machine would: the checkpoint keeps the creates in flight as pending creates (protocol reference §2b) and the
 * stack stays locked. The read after each create is slowed down, so the kill lands after creates whose shares exist
 * but which the checkpoint holds only as pending: the rerun must get them back by their idempotency tokens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KilledCliTest {

    private static final int SHARES = 20;

    private LensSharesStack stack;
    private CliResult interrupted;

    @BeforeAll
    void crashInTheMiddleOfUp(@TempDir Path workDir) throws Exception {
        stack = LensSharesStack.create(workDir, SHARES);
        stack.emulator.faults("{\"latencyMs\":3000,\"operations\":[\"ListLensShares\"]}");
        try (var up = stack.start("up", "--yes", "--skip-preview")) {
            up.waitUntil("8 shares exist", Duration.ofMinutes(3), () -> stack.emulatorShareCount() >= 8);
            // The engine's 8 workers now each wait 3 s for the read after their create: no create is in flight. Kill
            // once the output shows the ID of every share the emulator holds.
            up.waitUntil("every share is logged as created", Duration.ofMinutes(1), () -> everyShareIsLogged(up));
            up.killEverything();
            interrupted = up.await(Duration.ofMinutes(1));
        }
        stack.emulator.faults("{}");
    }

    /** Whether the output of {@code up} so far shows the ID of every share the emulator holds. */
    private boolean everyShareIsLogged(RunningPulumi up) {
        try {
            var logged = CrashRecovery.loggedShares(up.outputSoFar()).values();
            return stack.emulator.shares().stream().allMatch(share -> logged.contains(stack.stateId(share.shareId())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stopEmulator() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("the checkpoint keeps pending creates, and the provider logged the ID of each share it had created")
    void pendingCreatesAreKeptAndTheirSharesWereLogged() throws Exception {
        stack.pulumi.succeed("cancel", "--yes");
        var pending = stack.pendingCreates();
        var logged = CrashRecovery.loggedShares(interrupted.stdout());

        assertThat(pending).as("pending creates after the kill").isNotEmpty();
        var pendingNames = pending.stream()
                .map(urn -> urn.substring(urn.lastIndexOf("::") + 2))
                .toList();
        assertThat(logged.keySet())
                .as("pending creates whose share ID the interrupted output shows")
                .containsAnyElementsOf(pendingNames);
        for (var share : stack.emulator.shares()) {
            var stateId = stack.stateId(share.shareId());
            assertThat(logged.containsValue(stateId)
                            || StackState.of(stack.pulumi.exportStack()).lensShares().values().stream()
                                    .anyMatch(r -> r.get("id").getAsString().equals(stateId)))
                    .as("share %s for %s is in the checkpoint or was logged", share.shareId(), share.sharedWith())
                    .isTrue();
        }
    }

    @Test
    @Order(2)
    @DisplayName("the documented recovery (the lock released, refresh --clear-pending-creates, up) adopts every share "
            + "made before the kill, each once, and leaves nothing pending")
    void documentedRecoveryConverges() throws Exception {
        var logged = CrashRecovery.loggedShares(interrupted.stdout());
        var before = stack.emulator.shares();

        // Step 1 of the recovery, `pulumi cancel`, released the lock in the first test.
        CrashRecovery.recover(stack, false);

        stack.assertConverged();
        CrashRecovery.assertAdopted(stack, before);
        var state = StackState.of(stack.pulumi.exportStack());
        for (Map.Entry<String, String> share : logged.entrySet()) {
            assertThat(state.id(share.getKey()))
                    .as("state ID of %s, logged as %s", share.getKey(), share.getValue())
                    .contains(share.getValue());
        }
    }
}
