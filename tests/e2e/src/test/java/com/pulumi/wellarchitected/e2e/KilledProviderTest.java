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
 * finds each of them through the provider's answer to a colliding create, adopts it with the command that answer
 * prints, and ends with exactly the declared shares, all in the stack.
 */
class KilledProviderTest {

    private static final int SHARES = 50;

    @Test
    @DisplayName("after a SIGKILL of the provider mid-up, the documented recovery ends with 50 shares, all in state, "
            + "no duplicate principal and no orphan")
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

            var recovery = CrashRecovery.recover(stack, false, CrashRecovery.Adopt.ALL_IN_ONE_FILE);

            stack.assertConverged();
            // Creates in flight when the provider died still landed; finding and adopting them is what is tested.
            assertThat(recovery.imported())
                    .as("shares adopted by `%s`", recovery.commands())
                    .isNotEmpty();
            var state = StackState.of(stack.pulumi.exportStack());
            logged.forEach((name, id) -> assertThat(state.id(name))
                    .as("state ID of %s, which the provider logged as %s", name, id)
                    .contains(id));
        }
    }
}
