package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak behind {@code make soak}, kept out of {@code make test} by its name (not {@code *Test}): 300 shares, the
 * per-lens quota, on one lens through an API that fails 20 % of requests, throttles 30 % of the rest and leaves new
 * shares out of ListLensShares for 2 s. Up, refresh and destroy must all succeed, with exactly 300 shares after up
 * and none after destroy. Prints how long each took and the API calls it made.
 */
class LensShareSoak {

    private static final int SHARES = 300;
    private static final String FAULTS =
            "{\"errorRate\":0.2,\"throttleRate\":0.3,\"seed\":12,\"listingDelayMs\":{\"ListLensShares\":2000}}";

    @Test
    void threeHundredSharesSurviveUpRefreshAndDestroyUnderErrorsThrottlingAndListingDelay(@TempDir Path workDir)
            throws Exception {
        // At 0.2 + 0.8 × 0.3 = 44 % per attempt, 21 attempts fail for good about 3 times in 100 million calls.
        try (var stack = LensSharesStack.create(
                Toolchain.locate(), workDir, SHARES, Map.of("wellarchitected:maxRetries", "20"), Optional.empty())) {
            var summary = new ArrayList<String>();
            stack.emulator.faults(FAULTS);

            var up = timed(summary, "up", () -> stack.up());
            assertThat(up.exitCode()).as("exit code of %s", up).isZero();
            var afterUp = stack.emulator.shares();
            stack.emulator.faults("{}");
            stack.assertConverged();
            summary.add("shares after up: " + afterUp.size());

            stack.emulator.faults(FAULTS);
            var refresh =
                    timed(summary, "refresh", () -> stack.pulumi.run("refresh", "--yes", "--skip-preview", "--json"));
            assertThat(refresh.exitCode()).as("exit code of %s", refresh).isZero();
            assertThat(Deployment.of(refresh).changes())
                    .as("changes the refresh found")
                    .isEmpty();

            var destroy = timed(summary, "destroy", () -> stack.pulumi.run("destroy", "--yes", "--skip-preview"));
            assertThat(destroy.exitCode()).as("exit code of %s", destroy).isZero();
            var afterDestroy = stack.emulator.shares();
            stack.emulator.faults("{}");
            assertThat(afterDestroy).as("shares after destroy").isEmpty();
            summary.add("shares after destroy: " + afterDestroy.size());

            summary.addAll(calls(stack.emulator.metrics()));
            System.out.println("soak summary (" + SHARES + " shares, faults " + FAULTS + "):");
            summary.forEach(line -> System.out.println("  " + line));
        }
    }

    /** A command run while its wall-clock time is measured and noted. */
    private interface Command {
        CliResult run() throws Exception;
    }

    private static CliResult timed(List<String> summary, String name, Command command) throws Exception {
        long start = System.nanoTime();
        var result = command.run();
        var took = Duration.ofNanos(System.nanoTime() - start);
        summary.add(String.format("pulumi %s: %.1f s (exit %d)", name, took.toMillis() / 1000.0, result.exitCode()));
        return result;
    }

    /** One line per operation: how many requests were answered, by HTTP status. */
    private static List<String> calls(JsonObject metrics) {
        var lines = new ArrayList<String>();
        lines.add("API requests answered: " + metrics.get("total").getAsInt());
        var operations = metrics.getAsJsonObject("operations");
        for (var operation : operations.entrySet()) {
            var byStatus = new StringBuilder();
            int total = 0;
            for (var status : operation.getValue().getAsJsonObject().entrySet()) {
                total += status.getValue().getAsInt();
                byStatus.append(byStatus.length() == 0 ? "" : ", ")
                        .append(status.getKey())
                        .append(": ")
                        .append(status.getValue().getAsInt());
            }
            lines.add(String.format("  %s: %d (%s)", operation.getKey(), total, byStatus));
        }
        return lines;
    }
}
