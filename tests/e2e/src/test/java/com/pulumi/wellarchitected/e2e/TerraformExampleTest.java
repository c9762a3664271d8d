package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/terraform through the real {@code tofu}, with the provider installed by {@code tofu init} from the
 * filesystem mirror of {@code make dist}: the whole workflow applies, a new plan is empty and destroy leaves nothing.
 */
class TerraformExampleTest {

    private static final String OWNER = "111122223333";
    private static final String RECIPIENT = "444455556666";
    private static final String IAM_USER = "arn:aws:iam::777788889999:user/lens-reviewer";
    private static final String OU = "ou-ab12-cdef3456";

    @Test
    @DisplayName(
            "tofu init installs from the mirror, apply publishes, shares and accepts, plan is empty, destroy empties")
    void workflowAppliesPlansEmptyAndDestroys(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path workDir)
            throws Exception {
        var toolchain = Toolchain.locate();
        try (var emulator = Emulator.start()) {
            var tofu = TofuProject.in(toolchain, workDir, OWNER, RECIPIENT);
            tofu.copyExample(toolchain.example("terraform"));
            Files.writeString(tofu.directory().resolve("terraform.tfvars"), """
                    endpoint             = "%s"
                    region               = "us-east-1"
                    recipient_account_id = "%s"
                    iam_user_arn         = "%s"
                    ou_id                = "%s"
                    """.formatted(
                            emulator.endpoint(), RECIPIENT, IAM_USER, OU));

            var init = tofu.run("init").exits(0);
            assertThat(init.output()).contains("Installed " + TofuProject.SOURCE + " v0.1.0");
            var installed = tofu.directory()
                    .resolve(".terraform/providers/" + TofuProject.SOURCE + "/0.1.0/linux_amd64")
                    .toRealPath();
            assertThat(installed)
                    .isEqualTo(toolchain
                            .repository()
                            .resolve("dist/terraform-mirror/" + TofuProject.SOURCE + "/0.1.0/linux_amd64")
                            .toRealPath());

            tofu.run("apply", "-auto-approve").exits(0);

            var outputs = tofu.outputs();
            var lensArn = outputs.get("lens_arn").getAsString();
            assertThat(lensArn).startsWith("arn:aws:wellarchitected:us-east-1:" + OWNER + ":lens/");
            assertThat(outputs.get("lens_owner").getAsString()).isEqualTo(OWNER);
            assertThat(outputs.get("accepted_status").getAsString()).isEqualTo("ACCEPTED");
            var shareIds = outputs.getAsJsonObject("share_ids");
            assertThat(emulator.shares())
                    .containsExactlyInAnyOrder(
                            new Emulator.Share(
                                    "us-east-1",
                                    lensArn,
                                    shareIds.get("account").getAsString(),
                                    RECIPIENT,
                                    "ACCEPTED"),
                            new Emulator.Share(
                                    "us-east-1",
                                    lensArn,
                                    shareIds.get("iam_user").getAsString(),
                                    IAM_USER,
                                    "PENDING"),
                            new Emulator.Share(
                                    "us-east-1", lensArn, shareIds.get("ou").getAsString(), OU, "ASSOCIATED"));
            var listed = outputs.getAsJsonObject("shares");
            assertThat(Map.of(
                            RECIPIENT, listed.get(RECIPIENT).getAsString(),
                            OU, listed.get(OU).getAsString()))
                    .isEqualTo(Map.of(RECIPIENT, "ACCEPTED", OU, "ASSOCIATED"));

            tofu.run("plan", "-detailed-exitcode").exits(0);

            tofu.run("destroy", "-auto-approve").exits(0);

            assertThat(emulator.shares()).isEmpty();
        }
    }
}
