package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
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
 * A stack of 50 shares through an API that fails a fifth of the requests with InternalServerException, throttles
 * 30 % of the rest and answers everything 50 ms late: up, refresh and destroy all succeed, and the emulator ends
 * up with exactly the declared shares, then none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlakyApiTest {

    private static final int SHARES = 50;
    private static final String FAULTS = "{\"errorRate\":0.2,\"throttleRate\":0.3,\"latencyMs\":50,\"seed\":6}";

    private LensSharesStack stack;

    @BeforeAll
    void createStack(@TempDir Path workDir) throws Exception {
        // A call fails for good only if all its attempts fail; at 0.2 + 0.8 × 0.3 = 44 % per attempt, 21 attempts
        // make that about 3 in 100 million per call. The provider's default of 10 retries (11 attempts) would fail
        // one call in about 8,300: over the ~200 calls of this class, about one run in 40.
        stack = LensSharesStack.create(
                Toolchain.locate(), workDir, SHARES, Map.of("wellarchitected:maxRetries", "20"), Optional.empty());
        stack.emulator.faults(FAULTS);
    }

    @AfterAll
    void stopEmulator() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("pulumi up of 50 shares succeeds under errors, throttling and latency, with exactly 50 shares made")
    void upSucceedsAndMakesExactlyTheDeclaredShares() throws Exception {
        var up = stack.up();

        assertThat(up.exitCode()).as("exit code of %s", up).isZero();
        stack.emulator.faults("{}");
        stack.assertConverged();
        stack.emulator.faults(FAULTS);
    }

    @Test
    @Order(2)
    @DisplayName("pulumi refresh under the same faults succeeds and changes nothing")
    void refreshSucceedsAndChangesNothing() throws Exception {
        var refresh = stack.pulumi.run("refresh", "--yes", "--skip-preview", "--json");

        assertThat(refresh.exitCode()).as("exit code of %s", refresh).isZero();
        assertThat(Deployment.of(refresh).changes())
                .as("changes the refresh found")
                .isEmpty();
        stack.emulator.faults("{}");
        stack.assertConverged();
        stack.emulator.faults(FAULTS);
    }

    @Test
    @Order(3)
    @DisplayName("pulumi destroy under the same faults succeeds and leaves no share")
    void destroySucceedsAndLeavesNoShare() throws Exception {
        var destroy = stack.pulumi.run("destroy", "--yes", "--skip-preview");

        assertThat(destroy.exitCode()).as("exit code of %s", destroy).isZero();
        stack.emulator.faults("{}");
        assertThat(stack.emulator.shares()).isEmpty();
        assertThat(StackState.of(stack.pulumi.exportStack()).resourceCount()).isZero();
    }
}
