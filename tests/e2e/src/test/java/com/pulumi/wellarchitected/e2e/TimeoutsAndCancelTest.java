package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slow API against {@code customTimeouts}, and Ctrl-C during {@code pulumi up} against an API that throttles
 * nearly everything: the timeout a program sets is what a create or delete waits, a cancel stops the calls at once,
 * and neither leaves a share the stack does not know about.
 */
class TimeoutsAndCancelTest {

    private static final long TIMEOUT_SECONDS = 4;
    /** How late the emulator answers: far beyond the timeout, so that only the timeout can end the call in time. */
    private static final int LATENCY_MS = 15_000;

    @Test
    @DisplayName("customTimeouts create and delete are honoured when the API is slow, and the stack recovers")
    void customTimeoutsAreHonouredWhenTheApiIsSlow(@TempDir Path workDir) throws Exception {
        var timeouts = Map.of("createTimeout", TIMEOUT_SECONDS + "s", "deleteTimeout", TIMEOUT_SECONDS + "s");
        try (var stack = LensSharesStack.create(Toolchain.locate(), workDir, 2, timeouts, Optional.empty())) {
            stack.emulator.faults("{\"latencyMs\":" + LATENCY_MS + ",\"operations\":[\"CreateLensShare\"]}");

            var up = stack.pulumi.run("up", "--yes", "--skip-preview", "--json");

            assertThat(up.exitCode()).as("exit code of %s", up).isNotZero();
            assertStepsEndedAtTheTimeout(up, "create");
            stack.emulator.faults("{}");
            // The creates the provider gave up on still land, late: shares that exist in no stack, as after a lost
            // response. The documented recovery adopts them: the rerun sends the same idempotency tokens.
            waitUpTo(Duration.ofMillis(LATENCY_MS + 30_000), () -> stack.emulatorShareCount() >= 2);
            assertThat(stack.emulatorShareCount())
                    .as("shares the late creates made")
                    .isEqualTo(2);
            var late = stack.emulator.shares();
            // The 4 s that made the slow creates time out leave a rerun on a loaded machine too little time as well.
            stack.pulumi.setConfig("createTimeout", "60s");
            CrashRecovery.recover(stack, false);
            stack.assertConverged();
            CrashRecovery.assertAdopted(stack, late);

            stack.emulator.faults("{\"latencyMs\":" + LATENCY_MS + ",\"operations\":[\"DeleteLensShare\"]}");
            var destroy = stack.pulumi.run("destroy", "--yes", "--skip-preview", "--json");

            assertThat(destroy.exitCode()).as("exit code of %s", destroy).isNotZero();
            assertStepsEndedAtTheTimeout(destroy, "delete");
            stack.emulator.faults("{}");
            stack.pulumi.destroy();
            assertThat(stack.emulator.shares()).as("shares after destroy").isEmpty();
        }
    }

    @Test
    @DisplayName("Ctrl-C during up stops calling the API within 1 s and leaves every share it made in the stack")
    void ctrlCStopsRetriesWithinASecondAndLeavesTheStackConsistent(@TempDir Path workDir) throws Exception {
        int latencyMs = 300;
        try (var stack = LensSharesStack.create(workDir, 20)) {
            stack.emulator.faults("{\"throttleRate\":0.9,\"latencyMs\":" + latencyMs + ",\"seed\":3}");
            CliResult cancelled;
            Duration untilExit;
            int requestsAfterOneSecond;
            List<ProcessHandle> providers;
            try (var up = stack.start("up", "--yes", "--skip-preview")) {
                up.waitUntil("3 shares exist", Duration.ofMinutes(3), () -> stack.emulatorShareCount() >= 3);
                providers = up.providers();
                assertThat(providers).as("provider processes of the running up").isNotEmpty();
                var interrupted = Instant.now();
                up.interrupt();
                // Not a wait for an event but the window the claim is about: one second after Ctrl-C. The emulator
                // counts a request when it answers it, so one sent just before the second is up is counted up to one
                // latency later.
                Thread.sleep(1_000 + latencyMs + 200);
                requestsAfterOneSecond = stack.emulator.requestCount();
                cancelled = up.await(Duration.ofMinutes(1));
                untilExit = Duration.between(interrupted, Instant.now());
            }
            // Once the providers are gone nothing can send a request; one they sent is answered, and counted, at most
            // one latency after it arrived.
            for (var provider : providers) {
                provider.onExit().get(30, TimeUnit.SECONDS);
            }
            Thread.sleep(latencyMs + 200);

            assertThat(stack.emulator.requestCount())
                    .as(
                            "requests the emulator answered, counted 1 s after Ctrl-C and "
                                    + "again after `pulumi` ended (in %s)",
                            untilExit)
                    .isEqualTo(requestsAfterOneSecond);
            assertThat(untilExit)
                    .as("time from Ctrl-C to the end of `pulumi up`")
                    .isLessThan(Duration.ofSeconds(15));
            assertThat(cancelled.exitCode())
                    .as("exit code of the cancelled %s", cancelled)
                    .isNotZero();

            var state = StackState.of(stack.pulumi.exportStack());
            var pending = stack.pendingCreates();
            var logged = CrashRecovery.loggedShares(cancelled.stdout());
            for (var share : stack.emulator.shares()) {
                var id = stack.stateId(share.shareId());
                var name = LensSharesProgram.shareName(
                        (int) (Long.parseLong(share.sharedWith()) - LensSharesProgram.FIRST_ACCOUNT));
                boolean inState = state.id(name).filter(id::equals).isPresent();
                boolean pendingWithLoggedId =
                        pending.stream().anyMatch(urn -> urn.endsWith("::" + name)) && id.equals(logged.get(name));
                assertThat(inState || pendingWithLoggedId)
                        .as(
                                "share %s (%s) is in the stack, or a pending create whose "
                                        + "ID was logged (logged: %s; pending creates: %s; `pulumi` ended %s after Ctrl-C)",
                                id, name, logged.get(name), pending, untilExit)
                        .isTrue();
            }
        }
    }

    /** Polls {@code condition} until it holds or {@code timeout} has passed; the caller asserts on the outcome. */
    private static void waitUpTo(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        var deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    /** Every step of {@code op} in a {@code --json} run failed between the timeout and a few seconds after it. */
    private static void assertStepsEndedAtTheTimeout(CliResult result, String op) {
        var started = new TreeMap<String, Long>();
        var failed = new TreeMap<String, Long>();
        for (var line : result.stdout().lines().toList()) {
            if (line.isBlank() || !line.startsWith("{")) {
                continue;
            }
            var event = JsonParser.parseString(line).getAsJsonObject();
            for (var kind : new String[] {"resourcePreEvent", "resOpFailedEvent"}) {
                if (!event.has(kind)) {
                    continue;
                }
                var metadata = event.getAsJsonObject(kind).getAsJsonObject("metadata");
                var urn = metadata.get("urn").getAsString();
                if (!urn.contains("::" + Deployment.LENS_SHARE + "::")
                        || !metadata.get("op").getAsString().equals(op)) {
                    continue;
                }
                var at = event.get("timestamp").getAsLong();
                (kind.equals("resourcePreEvent") ? started : failed).merge(urn, at, Math::min);
            }
        }
        assertThat(failed.keySet())
                .as("%s steps that failed in %s", op, result)
                .isEqualTo(started.keySet())
                .isNotEmpty();
        failed.forEach((urn, at) -> assertThat(at - started.get(urn))
                .as(
                        "seconds from the start of the %s of %s to its failure (timeout %d s, API latency %d s)",
                        op, urn, TIMEOUT_SECONDS, LATENCY_MS / 1000)
                .isBetween(TIMEOUT_SECONDS - 1, TIMEOUT_SECONDS + 8));
    }
}
