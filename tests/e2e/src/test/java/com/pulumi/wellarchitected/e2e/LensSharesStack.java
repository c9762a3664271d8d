package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The examples/account-fleet program as a stack of {@code shareCount} shares against its own emulator process
 * (with a state file, so that the emulator can be killed and restarted), and the checks that the stack and the
 * emulator agree.
 */
final class LensSharesStack implements AutoCloseable {

    static final String OWNER = LensShareExampleStack.OWNER;
    static final String REGION = LensShareExampleStack.REGION;
    static final String STACK = "e2e";
    static final String LIVE = "PENDING";

    final EmulatorProcess emulator;
    final PulumiProject pulumi;
    final String lensArn;
    final Path workDir;
    final Path logs;
    final int shareCount;

    private LensSharesStack(
            EmulatorProcess emulator, PulumiProject pulumi, String lensArn, Path workDir, int shareCount) {
        this.emulator = emulator;
        this.pulumi = pulumi;
        this.lensArn = lensArn;
        this.workDir = workDir;
        this.logs = workDir.resolve("logs");
        this.shareCount = shareCount;
    }

    static LensSharesStack create(Path workDir, int shareCount) throws Exception {
        return create(Toolchain.locate(), workDir, shareCount, Map.of(), Optional.empty());
    }

    /**
     * @param config stack config beyond the endpoint, Region, lens and share count, set as plaintext
     * @param credentialsFile the emulator's {@code --credentials} file, if signatures are to be verified
     */
    static LensSharesStack create(
            Toolchain toolchain,
            Path workDir,
            int shareCount,
            Map<String, String> config,
            Optional<Path> credentialsFile)
            throws Exception {
        var emulator = EmulatorProcess.start(
                toolchain, workDir.resolve("emulator-state.json"), credentialsFile, workDir.resolve("emulator-logs"));
        try {
            var lensArn = emulator.seedPublishedLens(OWNER, REGION, "Fault injection lens");
            var pulumi = new PulumiProject(toolchain, workDir, OWNER, REGION);
            LensSharesProgram.copyTo(toolchain, pulumi.directory());
            pulumi.succeed("stack", "init", STACK);
            var all = new HashMap<>(config);
            all.put("wellarchitected:endpoint", emulator.endpoint().toString());
            all.put("wellarchitected:region", REGION);
            all.put("lensArn", lensArn);
            all.put("shareCount", Integer.toString(shareCount));
            pulumi.setConfig(all);
            return new LensSharesStack(emulator, pulumi, lensArn, workDir, shareCount);
        } catch (Exception | Error e) {
            emulator.close();
            throw e;
        }
    }

    /** Starts {@code pulumi <args>} in the background. */
    RunningPulumi start(String... args) throws IOException, InterruptedException {
        return RunningPulumi.start(pulumi, logs, args);
    }

    /** How many shares the emulator holds now; for polling while a command runs. */
    int emulatorShareCount() {
        try {
            return emulator.shares().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code pulumi up --yes --skip-preview}, however it ends. */
    CliResult up(String... extraArgs) throws IOException, InterruptedException {
        var args = new ArrayList<>(List.of("up", "--yes", "--skip-preview"));
        args.addAll(List.of(extraArgs));
        return pulumi.run(args.toArray(String[]::new));
    }

    String shareId(String stateId) {
        return stateId.substring(stateId.indexOf('|') + 1);
    }

    String stateId(String shareId) {
        return lensArn + "|" + shareId;
    }

    /** The URNs of the creates the checkpoint holds as pending: started, never known to have ended. */
    List<String> pendingCreates() throws IOException, InterruptedException {
        return pendingCreates(pulumi.exportStack());
    }

    static List<String> pendingCreates(JsonObject export) {
        var deployment = export.getAsJsonObject("deployment");
        var pending = new ArrayList<String>();
        if (deployment != null && deployment.has("pending_operations")) {
            for (var operation : deployment.getAsJsonArray("pending_operations")) {
                var op = operation.getAsJsonObject();
                if (op.get("type").getAsString().equals("creating")) {
                    pending.add(op.getAsJsonObject("resource").get("urn").getAsString());
                }
            }
        }
        return pending;
    }

    /**
     * The stack and the emulator agree, and both hold exactly the declared shares: one live share per declared
     * account in the emulator (so no duplicate principal and no orphan), each in the checkpoint under its own name
     * with the emulator's ID, and no pending operation left.
     */
    void assertConverged() throws IOException, InterruptedException {
        var shares = emulator.shares();
        var expectedAccounts = IntStream.range(0, shareCount)
                .mapToObj(LensSharesProgram::account)
                .toList();
        assertThat(shares)
                .as("shares in the emulator")
                .extracting(Emulator.Share::sharedWith)
                .containsExactlyInAnyOrderElementsOf(expectedAccounts);
        assertThat(shares).as("shares in the emulator").allSatisfy(share -> {
            assertThat(share.lensArn()).isEqualTo(lensArn);
            assertThat(share.status()).isEqualTo(LIVE);
        });

        var export = pulumi.exportStack();
        var state = StackState.of(export);
        var expected = new TreeMap<String, String>();
        for (var share : shares) {
            int index = (int) (Long.parseLong(share.sharedWith()) - LensSharesProgram.FIRST_ACCOUNT);
            expected.put(LensSharesProgram.shareName(index), stateId(share.shareId()));
        }
        var recorded = new TreeMap<String, String>();
        state.lensShares()
                .forEach((name, resource) ->
                        recorded.put(name, resource.get("id").getAsString()));
        assertThat(recorded)
                .as("lens shares in the checkpoint, by name, with their IDs")
                .isEqualTo(expected);
        var deployment = export.getAsJsonObject("deployment");
        assertThat(
                        deployment.has("pending_operations")
                                ? deployment
                                        .getAsJsonArray("pending_operations")
                                        .size()
                                : 0)
                .as("pending operations in the checkpoint")
                .isZero();
    }

    /** Every file under the test's directory: project, backend, Pulumi home, logs, emulator state and logs. */
    List<Path> allFiles() throws IOException {
        try (var files = Files.walk(workDir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Override
    public void close() {
        emulator.close();
    }
}
