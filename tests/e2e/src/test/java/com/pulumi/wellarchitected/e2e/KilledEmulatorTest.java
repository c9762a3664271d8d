package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emulator (started with {@code --state}) SIGKILLed in the middle of {@code pulumi up} and started again on the
 * same port from its state file, as an API outage looks to the provider: the update in flight may fail or ride it
 * out on retries, and the next {@code pulumi up} converges without any other step.
 */
class KilledEmulatorTest {

    private static final int SHARES = 20;

    @Test
    @DisplayName("after the emulator is killed and restarted mid-up, the next up converges on its own")
    void nextUpConvergesAfterTheEmulatorIsKilledAndRestarted(@TempDir Path workDir) throws Exception {
        try (var stack = LensSharesStack.create(workDir, SHARES)) {
            stack.emulator.faults("{\"latencyMs\":500,\"operations\":[\"CreateLensShare\"]}");
            CliResult interrupted;
            int sharesAfterRestart;
            try (var up = stack.start("up", "--yes", "--skip-preview")) {
                up.waitUntil("8 shares exist", Duration.ofMinutes(3), () -> stack.emulatorShareCount() >= 8);
                stack.emulator.kill();
                stack.emulator.restart();
                sharesAfterRestart = stack.emulatorShareCount();
                interrupted = up.await(Duration.ofMinutes(4));
            }
            stack.emulator.faults("{}");
            assertThat(sharesAfterRestart)
                    .as("shares the restarted emulator loaded from its state file")
                    .isGreaterThanOrEqualTo(8);

            var next = stack.up();

            assertThat(next.exitCode())
                    .as("exit code of the next up, after the interrupted %s:\n%s", interrupted, next)
                    .isZero();
            stack.assertConverged();
            var refresh = stack.pulumi.refresh();
            assertThat(refresh.changes())
                    .as("changes a refresh finds after the next up")
                    .isEmpty();
        }
    }
}
