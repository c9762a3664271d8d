package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider process SIGKILLed in the middle of {@code pulumi up} of 50 shares. The engine fails the creates that
 * were in flight, so shares the emulator made for them exist in no stack; the recovery docs/reliability.md gives
 * ({@code pulumi refresh --clear-pending-creates}, {@code pulumi up}) gets each of them back by its idempotency token
 * and ends with exactly the declared shares, all in the stack, with no import.
 */
class KilledProviderTest {

    private static final int SHARES = 50;

    @Test
    @DisplayName(
            "after a SIGKILL of the provider mid-up, refresh --clear-pending-creates and up end with 50 shares, all in "
                    + "state, every share made before adopted, no duplicate principal and no orphan")
    void documentedRecoveryAfterTheProviderIsKilledConverges(@TempDir Path workDir) throws Exception {
        try (var stack = LensSharesStack.create(workDir, SHARES)) {
            // Slow creates keep several in flight at any moment, so the kill lands in the middle of some of them.
            stack.emulator.faults("{\"latencyMs\":1000,\"operations\":[\"CreateLensShare\"]}");
            CliResult interrupted;
            try (var up = stack.start("up", "--yes", "--skip-preview")) {
                up.waitUntil("20 shares exist", Duration.ofMinutes(3), () -> stack.emulatorShareCount() >= 20);
                up.killProviders();
                interrupted = up.await(Duration.ofMinutes(2));
            }
            stack.emulator.faults("{}");

            assertThat(interrupted.exitCode())
                    .as("exit code of the interrupted %s", interrupted)
                    .isNotZero();
            var logged = CrashRecovery.loggedShares(interrupted.stdout());
            assertThat(logged)
                    .as("shares the provider logged as created before it was killed")
                    .isNotEmpty();

            var before = stack.emulator.shares();
            var idsBefore = StackState.of(stack.pulumi.exportStack()).lensShares().values().stream()
                    .map(resource -> resource.get("id").getAsString())
                    .toList();
            // Creates in flight when the provider died still landed: shares outside the stack, which the rerun adopts.
            assertThat(before)
                    .as("shares outside the stack before the recovery")
                    .anyMatch(share -> !idsBefore.contains(stack.stateId(share.shareId())));

            CrashRecovery.recover(stack, false);

            stack.assertConverged();
            CrashRecovery.assertAdopted(stack, before);
            var state = StackState.of(stack.pulumi.exportStack());
            logged.forEach((name, id) -> assertThat(state.id(name))
                    .as("state ID of %s, which the provider logged as %s", name, id)
                    .contains(id));
        }
    }
}
