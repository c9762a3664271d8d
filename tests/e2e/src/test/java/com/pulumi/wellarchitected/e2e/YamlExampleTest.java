package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.wellarchitected.model.OrganizationSharingStatus;

/**
 * examples/yaml through its whole life with the real {@code pulumi} CLI, the installed YAML language host and the
 * installed provider plugin, with no Java on {@code PATH} and no {@code JAVA_HOME}: a YAML program needs no SDK, and
 * the plugin runs on the Java runtime its archive carries.
 */
class YamlExampleTest {

    private static final String OWNER = LensShareExampleStack.OWNER;
    private static final String REGION = LensShareExampleStack.REGION;
    private static final String ACCOUNT = "444455556666";
    private static final String IAM_USER = "arn:aws:iam::444455556666:user/lens-reviewer";
    private static final String OU = "ou-ab12-cdef3456";

    @Test
    @DisplayName(
            "examples/yaml without Java on the machine: preview, up, refresh after an out-of-band delete, up, destroy")
    void yamlProgramLivesThroughItsWholeLifeWithoutJava(@TempDir Path workDir) throws Exception {
        var toolchain = Toolchain.locate();
        try (var emulator = Emulator.start()) {
            var lensArn = emulator.seedPublishedLens(OWNER, REGION, "Security lens");
            var owner = emulator.client(OWNER, REGION);
            owner.updateGlobalSettings(r -> r.organizationSharingStatus(OrganizationSharingStatus.ENABLED));
            var pulumi = new PulumiProject(toolchain, workDir, OWNER, REGION, PulumiProject.Java.NONE);
            Files.copy(
                    toolchain.example("yaml").resolve("Pulumi.yaml"),
                    pulumi.directory().resolve("Pulumi.yaml"));
            pulumi.succeed("stack", "init", "e2e");
            pulumi.setConfig(Map.of(
                    "wellarchitected:endpoint", emulator.endpoint().toString(),
                    "wellarchitected:region", REGION,
                    "lensArn", lensArn,
                    // As the example's README says: the YAML host reads an all-digit value as a number, a JSON
                    // string as a string.
                    "accountId", "\"" + ACCOUNT + "\"",
                    "iamUserArn", IAM_USER,
                    "ouId", OU));
            emulator.resetMetrics();
            var shares = List.of("lens-to-account", "lens-to-iamUser", "lens-to-ou");

            var preview = pulumi.preview();

            assertThat(preview.lensShareSteps())
                    .containsExactlyInAnyOrderElementsOf(
                            shares.stream().map(s -> "create " + s).toList());
            assertThat(emulator.calls("CreateLensShare")).isZero();

            var up = pulumi.up();

            assertThat(up.lensShareSteps())
                    .containsExactlyInAnyOrderElementsOf(
                            shares.stream().map(s -> "create " + s).toList());
            var outputs = pulumi.stackOutputs();
            assertThat(emulator.shares())
                    .extracting(Emulator.Share::shareId, Emulator.Share::sharedWith)
                    .containsExactlyInAnyOrder(
                            tuple(outputs.get("accountShareId").getAsString(), ACCOUNT),
                            tuple(outputs.get("iamUserShareId").getAsString(), IAM_USER),
                            tuple(outputs.get("ouShareId").getAsString(), OU));

            var deletedId = outputs.get("accountShareId").getAsString();
            owner.deleteLensShare(r -> r.lensAlias(lensArn)
                    .shareId(deletedId)
                    .clientRequestToken(UUID.randomUUID().toString()));

            var refresh = pulumi.refresh();

            assertThat(refresh.lensShareSteps()).contains("delete lens-to-account");
            assertThat(StackState.of(pulumi.exportStack()).lensShares()).doesNotContainKey("lens-to-account");

            var again = pulumi.up();

            assertThat(again.lensShareSteps()).contains("create lens-to-account");
            var reshared = pulumi.stackOutputs().get("accountShareId").getAsString();
            assertThat(reshared).isNotEqualTo(deletedId);
            assertThat(emulator.shares())
                    .extracting(Emulator.Share::shareId)
                    .contains(reshared)
                    .doesNotContain(deletedId);

            var destroy = pulumi.destroy();

            assertThat(destroy.lensShareSteps())
                    .containsExactlyInAnyOrderElementsOf(
                            shares.stream().map(s -> "delete " + s).toList());
            assertThat(emulator.shares()).isEmpty();
            assertThat(StackState.of(pulumi.exportStack()).resourceCount()).isZero();
        }
    }
}
