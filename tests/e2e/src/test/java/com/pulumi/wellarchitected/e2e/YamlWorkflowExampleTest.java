package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/workflow/yaml, the YAML twin of the Java workflow program, with the real {@code pulumi} CLI and the
 * installed YAML language host against the emulator, as a user with two AWS profiles runs it: up, refresh, destroy.
 */
class YamlWorkflowExampleTest {

    private static final String OWNER = WorkflowExampleStack.OWNER;
    private static final String ACCOUNT = WorkflowExampleStack.RECIPIENT;
    private static final String IAM_USER = WorkflowExampleStack.IAM_USER;
    private static final String OU = WorkflowExampleStack.OU;

    @Test
    @DisplayName("the YAML workflow publishes, shares and accepts; refresh shows ACCEPTED and ASSOCIATED; destroy")
    void yamlWorkflowPublishesSharesAcceptsAndIsDestroyed(@TempDir Path workDir) throws Exception {
        var toolchain = Toolchain.locate();
        try (var emulator = Emulator.start()) {
            var pulumi =
                    new PulumiProject(toolchain, workDir, OWNER, WorkflowExampleStack.REGION, PulumiProject.Java.NONE);
            var example = toolchain.example("workflow");
            Files.copy(example.resolve("yaml/Pulumi.yaml"), pulumi.directory().resolve("Pulumi.yaml"));
            // The program reads ../lens.json, as it does beside the Java program in the repository.
            Files.copy(example.resolve("lens.json"), pulumi.directory().resolveSibling("lens.json"));
            pulumi.useAwsProfiles(Map.of("owner", OWNER, "recipient", ACCOUNT), "owner");
            pulumi.putEnvironment(
                    "AWS_ENDPOINT_URL_WELLARCHITECTED", emulator.endpoint().toString());
            pulumi.succeed("stack", "init", "e2e");
            pulumi.setConfig(Map.of(
                    // The YAML host reads an all-digit value as a number, a JSON string as a string.
                    "accountId",
                    "\"" + ACCOUNT + "\"",
                    "iamUserArn",
                    IAM_USER,
                    "ouId",
                    OU,
                    "recipientProfile",
                    "recipient"));

            var up = pulumi.up();

            assertThat(up.steps())
                    .filteredOn(step -> step.type().startsWith("wellarchitected:index:"))
                    .extracting(step -> step.op() + " " + step.name())
                    .containsExactlyInAnyOrder(
                            "create lens",
                            "create organization-sharing",
                            "create lens-to-account",
                            "create lens-to-iamUser",
                            "create lens-to-ou",
                            "create accept-account-share");
            var outputs = pulumi.stackOutputs();
            var lensArn = outputs.get("lensArn").getAsString();
            var listed = new ArrayList<String>();
            for (var share : outputs.getAsJsonArray("shares")) {
                listed.add(share.getAsJsonObject().get("sharedWith").getAsString() + "="
                        + share.getAsJsonObject().get("status").getAsString());
            }
            assertThat(listed)
                    .containsExactlyInAnyOrder(ACCOUNT + "=ACCEPTED", IAM_USER + "=PENDING", OU + "=ASSOCIATED");
            assertThat(outputs.get("lensOwner").getAsString()).isEqualTo(OWNER);
            assertThat(outputs.get("acceptedStatus").getAsString()).isEqualTo("ACCEPTED");

            pulumi.refresh();

            assertThat(WorkflowExampleStack.outputOf(pulumi, "lens-to-account", "status"))
                    .contains("ACCEPTED");
            assertThat(WorkflowExampleStack.outputOf(pulumi, "lens-to-ou", "status"))
                    .contains("ASSOCIATED");
            assertThat(emulator.shares())
                    .filteredOn(share -> share.lensArn().equals(lensArn))
                    .extracting(share -> share.sharedWith() + "=" + share.status())
                    .containsExactlyInAnyOrder(ACCOUNT + "=ACCEPTED", IAM_USER + "=PENDING", OU + "=ASSOCIATED");

            pulumi.destroy();

            assertThat(StackState.of(pulumi.exportStack()).resourceCount()).isZero();
            assertThat(emulator.shares())
                    .filteredOn(share -> share.lensArn().equals(lensArn))
                    .noneMatch(share ->
                            List.of("ACCEPTED", "ASSOCIATED", "PENDING").contains(share.status()));
        }
    }
}
