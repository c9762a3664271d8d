package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * stack stays locked. The shares were created and their IDs logged before the kill (the read after each create is
 * slowed down), which is what makes adopting them possible.
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
    @DisplayName("for a pending create, the adopt command the provider prints works as printed")
    void theAdoptCommandPrintedForAPendingCreateAdoptsTheShare() throws Exception {
        var pendingNames = stack.pendingCreates().stream()
                .map(urn -> urn.substring(urn.lastIndexOf("::") + 2))
                .toList();
        var up = stack.up("--continue-on-error");
        assertThat(up.exitCode()).as("exit code of %s", up).isNotZero();
        var output = up.stdout() + up.stderr();

        // The provider prints one adopt command, `pulumi import`, also for a create an interrupted update left pending
        // (with pulumi v3.274.1, `pulumi refresh --import-pending-creates` drops the pending create without adopting).
        var command = CrashRecovery.importCommands(output).stream()
                .filter(printed ->
                        pendingNames.contains(CrashRecovery.words(printed).get(3)))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no adopt command for a pending create " + pendingNames + " in " + up));
        var words = CrashRecovery.words(command);
        var args = new ArrayList<>(words.subList(1, words.size()));
        args.add("--yes");
        var adopted = stack.pulumi.run(args.toArray(String[]::new));

        assertThat(adopted.exitCode())
                .as("exit code of the printed command %s", adopted)
                .isZero();
        var name = words.get(3);
        var id = words.get(4);
        assertThat(StackState.of(stack.pulumi.exportStack()).id(name))
                .as("state ID of %s after `%s`", name, command)
                .contains(id);
    }

    @Test
    @Order(3)
    @DisplayName("the documented recovery ends with every share in the stack, each once, and nothing pending")
    void documentedRecoveryConverges() throws Exception {
        var logged = CrashRecovery.loggedShares(interrupted.stdout());

        var recovery = CrashRecovery.recover(stack, false, CrashRecovery.Adopt.ALL_IN_ONE_FILE);

        stack.assertConverged();
        assertThat(recovery.imported())
                .as("shares adopted by `%s`", recovery.commands())
                .isNotEmpty();
        var state = StackState.of(stack.pulumi.exportStack());
        for (Map.Entry<String, String> share : logged.entrySet()) {
            assertThat(state.id(share.getKey()))
                    .as("state ID of %s, logged as %s", share.getKey(), share.getValue())
                    .contains(share.getValue());
        }
    }
}
