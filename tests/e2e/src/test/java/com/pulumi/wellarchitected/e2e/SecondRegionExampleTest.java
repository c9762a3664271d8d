package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/** examples/second-region through the real CLI: the explicit provider shares in its own Region. */
class SecondRegionExampleTest {

    private static final String OWNER = "111122223333";
    private static final String ACCOUNT = "444455556666";

    @Test
    @DisplayName("an explicit Provider shares the second Region's lens there, the default provider the home lens")
    void explicitProviderSharesInTheSecondRegion(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path workDir)
            throws Exception {
        var toolchain = Toolchain.locate();
        try (var emulator = Emulator.start()) {
            var homeLens = emulator.seedPublishedLens(OWNER, "us-east-1", "Security lens");
            var euLens = emulator.seedPublishedLens(OWNER, "eu-west-1", "Security lens");
            var pulumi = new PulumiProject(toolchain, workDir, OWNER, "us-east-1");
            ExampleProgram.copyTo(toolchain, "second-region", pulumi.directory());
            pulumi.succeed("stack", "init", "e2e");
            pulumi.setConfig(Map.of(
                    "wellarchitected:endpoint",
                    emulator.endpoint().toString(),
                    "wellarchitected:region",
                    "us-east-1",
                    "accountId",
                    ACCOUNT,
                    "homeLensArn",
                    homeLens,
                    "secondRegion",
                    "eu-west-1",
                    "secondRegionLensArn",
                    euLens));

            var up = pulumi.up();

            assertThat(up.lensShareSteps())
                    .containsExactlyInAnyOrder("create home-lens-to-account", "create second-region-lens-to-account");
            var outputs = pulumi.stackOutputs();
            assertThat(emulator.shares())
                    .containsExactlyInAnyOrder(
                            new Emulator.Share(
                                    "us-east-1",
                                    homeLens,
                                    outputs.get("homeShareId").getAsString(),
                                    ACCOUNT,
                                    "PENDING"),
                            new Emulator.Share(
                                    "eu-west-1",
                                    euLens,
                                    outputs.get("secondRegionShareId").getAsString(),
                                    ACCOUNT,
                                    "PENDING"));

            pulumi.destroy();

            assertThat(emulator.shares()).isEmpty();
        }
    }
}
