package com.pulumi.wellarchitected.e2e;

import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.OrganizationSharingStatus;

/**
 * The examples/lens-share program as a stack against its own emulator: a published custom lens owned by
 * {@link #OWNER}, organization sharing enabled for the OU share, and the principals in stack config.
 */
final class LensShareExampleStack implements AutoCloseable {

    static final String OWNER = "111122223333";
    static final String REGION = "us-east-1";
    static final String STACK = "e2e";

    final Emulator emulator;
    final PulumiProject pulumi;
    final WellArchitectedClient owner;
    final String lensArn;

    private LensShareExampleStack(
            Emulator emulator, PulumiProject pulumi, WellArchitectedClient owner, String lensArn) {
        this.emulator = emulator;
        this.pulumi = pulumi;
        this.owner = owner;
        this.lensArn = lensArn;
    }

    static LensShareExampleStack create(Path workDir, String accountId, String iamUserArn, String ouId)
            throws Exception {
        var toolchain = Toolchain.locate();
        var emulator = Emulator.start();
        try {
            var lensArn = emulator.seedPublishedLens(OWNER, REGION, "Security lens");
            var owner = emulator.client(OWNER, REGION);
            owner.updateGlobalSettings(r -> r.organizationSharingStatus(OrganizationSharingStatus.ENABLED));

            var pulumi = new PulumiProject(toolchain, workDir, OWNER, REGION);
            ExampleProgram.copyTo(toolchain, "lens-share", pulumi.directory());
            pulumi.succeed("stack", "init", STACK);
            pulumi.setConfig(Map.of(
                    "wellarchitected:endpoint", emulator.endpoint().toString(),
                    "wellarchitected:region", REGION,
                    "lensArn", lensArn,
                    "accountId", accountId,
                    "iamUserArn", iamUserArn,
                    "ouId", ouId));
            emulator.resetMetrics();
            return new LensShareExampleStack(emulator, pulumi, owner, lensArn);
        } catch (Exception | Error e) {
            emulator.close();
            throw e;
        }
    }

    @Override
    public void close() {
        emulator.close();
    }
}
