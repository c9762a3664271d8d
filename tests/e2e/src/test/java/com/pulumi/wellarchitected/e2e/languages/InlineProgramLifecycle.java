package com.pulumi.wellarchitected.e2e.languages;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.wellarchitected.e2e.Emulator;
import com.pulumi.wellarchitected.e2e.Toolchain;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The life cycle every language's example goes through against its own emulator, with the real {@code pulumi} CLI:
 * preview; up; refresh after the share was deleted out of band; up again; destroy. Each language's test says how
 * its example is built.
 */
abstract class InlineProgramLifecycle {

    static final String OWNER = "111122223333";
    static final String REGION = "us-east-1";
    static final String ACCOUNT = "444455556666";

    // A failed test keeps its work directory: every command's output stays there to read.
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path workDir;

    /** Installs what the example needs and builds it; fails loudly when the language's tools are missing. */
    abstract InlineProgram build(Toolchain toolchain, Path buildDir) throws Exception;

    @Test
    void previewUpRefreshAfterAnOutOfBandDeleteUpAgainAndDestroy() throws Exception {
        var toolchain = Toolchain.locate();
        var program = build(toolchain, workDir.resolve("build"));
        try (var emulator = Emulator.start()) {
            var lensArn = emulator.seedPublishedLens(OWNER, REGION, "Security lens");
            var driver = new InlineProgramDriver(
                    toolchain,
                    workDir,
                    program,
                    OWNER,
                    Map.of(
                            "wellarchitected:endpoint", emulator.endpoint().toString(),
                            "wellarchitected:region", REGION,
                            "lensArn", lensArn,
                            "sharedWith", ACCOUNT));

            var preview = driver.run("preview");
            assertThat(preview.changes()).containsEntry("create", 2); // the stack and the share
            assertThat(emulator.shares()).isEmpty();

            var up = driver.run("up");
            assertThat(up.changes()).containsEntry("create", 2);
            var shareId = up.outputs().get("shareId").getAsString();
            assertThat(up.outputs().get("status").getAsString()).isEqualTo("PENDING");
            assertThat(emulator.shares())
                    .containsExactly(new Emulator.Share(REGION, lensArn, shareId, ACCOUNT, "PENDING"));

            emulator.client(OWNER, REGION)
                    .deleteLensShare(r -> r.lensAlias(lensArn)
                            .shareId(shareId)
                            .clientRequestToken(UUID.randomUUID().toString()));
            var refresh = driver.run("refresh");
            assertThat(refresh.changes()).containsEntry("delete", 1);

            var again = driver.run("up");
            // up creates the share again only because refresh dropped it from the state: up alone reads nothing.
            assertThat(again.changes()).containsEntry("create", 1);
            var newShareId = again.outputs().get("shareId").getAsString();
            assertThat(newShareId).isNotEqualTo(shareId);
            assertThat(emulator.shares())
                    .containsExactly(new Emulator.Share(REGION, lensArn, newShareId, ACCOUNT, "PENDING"));

            var destroy = driver.run("destroy");
            assertThat(destroy.changes()).containsEntry("delete", 2);
            assertThat(emulator.shares()).isEmpty();
        }
    }
}
