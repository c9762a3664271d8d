package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationAction;
import software.amazon.awssdk.services.wellarchitected.model.ShareResourceType;

/**
 * One stack of examples/lens-share walked through its life with the real {@code pulumi} CLI against the emulator:
 * each numbered scenario of the end-to-end contract is one ordered test that asserts its own outcome on the CLI's
 * JSON, the stack's checkpoint and the emulator's state and request metrics.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LensShareLifecycleTest {

    private static final String ACCOUNT = "444455556666";
    private static final String NEXT_ACCOUNT = "777788889999";
    private static final String IAM_USER = "arn:aws:iam::444455556666:user/lens-reviewer";
    private static final String OU = "ou-ab12-cdef3456";
    private static final List<String> LIVE = List.of("PENDING", "ACCEPTED", "ASSOCIATING", "ASSOCIATED");

    private LensShareExampleStack stack;
    private String rejectedShareId;

    @BeforeAll
    void createStack(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path workDir) throws Exception {
        stack = LensShareExampleStack.create(workDir, ACCOUNT, IAM_USER, OU);
    }

    @AfterAll
    void stopEmulator() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("1. pulumi preview lists the creates and makes no CreateLensShare call")
    void previewListsTheCreatesAndSharesNothing() throws Exception {
        var preview = stack.pulumi.preview();

        assertThat(preview.lensShareSteps())
                .containsExactlyInAnyOrder("create lens-to-account", "create lens-to-iamUser", "create lens-to-ou");
        assertThat(stack.emulator.calls("CreateLensShare")).isZero();
        assertThat(stack.emulator.shares()).isEmpty();
    }

    @Test
    @Order(2)
    @DisplayName("2. pulumi up creates exactly the declared shares; a second up changes nothing")
    void upCreatesTheSharesAndASecondUpChangesNothing() throws Exception {
        var up = stack.pulumi.up();

        assertThat(up.lensShareSteps())
                .containsExactlyInAnyOrder("create lens-to-account", "create lens-to-iamUser", "create lens-to-ou");
        assertThat(stack.emulator.calls("CreateLensShare")).isEqualTo(3);
        var outputs = stack.pulumi.stackOutputs();
        assertThat(liveShares())
                .containsExactlyInAnyOrder(
                        share(ACCOUNT, outputs.get("accountShareId").getAsString()),
                        share(IAM_USER, outputs.get("iamUserShareId").getAsString()),
                        share(OU, outputs.get("ouShareId").getAsString()));
        assertThat(outputs.get("accountStatus").getAsString()).isEqualTo("PENDING");
        assertThat(outputs.get("iamUserStatus").getAsString()).isEqualTo("PENDING");
        assertThat(outputs.get("ouStatus").getAsString()).isIn("ASSOCIATING", "ASSOCIATED");

        stack.emulator.resetMetrics();
        var again = stack.pulumi.up();

        assertThat(again.changes()).as("change summary of the second up").isEmpty();
        assertThat(again.lensShareSteps()).allMatch(step -> step.startsWith("same "));
        assertThat(stack.emulator.calls("CreateLensShare") + stack.emulator.calls("DeleteLensShare"))
                .isZero();
        assertThat(stack.pulumi.stackOutputs()).isEqualTo(outputs);
    }

    @Test
    @Order(3)
    @DisplayName("3. changing sharedWith in config replaces that one share")
    void changingSharedWithReplacesThatShareOnly() throws Exception {
        var before = stack.pulumi.stackOutputs();
        stack.pulumi.setConfig("accountId", NEXT_ACCOUNT);

        var up = stack.pulumi.up();

        assertThat(up.lensShareSteps())
                .filteredOn(step -> !step.startsWith("same "))
                .isNotEmpty()
                .allMatch(step -> step.endsWith(" lens-to-account"))
                .anyMatch(step -> step.startsWith("create-replacement ") || step.startsWith("replace "));
        var after = stack.pulumi.stackOutputs();
        assertThat(liveShares())
                .containsExactlyInAnyOrder(
                        share(NEXT_ACCOUNT, after.get("accountShareId").getAsString()),
                        share(IAM_USER, before.get("iamUserShareId").getAsString()),
                        share(OU, before.get("ouShareId").getAsString()));
        assertThat(stack.emulator.shares()).noneMatch(s -> s.sharedWith().equals(ACCOUNT));
    }

    @Test
    @Order(4)
    @DisplayName("4. a share deleted out of band: refresh reports it gone, up shares again")
    void shareDeletedOutOfBandIsDroppedByRefreshAndSharedAgainByUp() throws Exception {
        var deletedId = stack.pulumi.stackOutputs().get("accountShareId").getAsString();
        stack.owner.deleteLensShare(r -> r.lensAlias(stack.lensArn)
                .shareId(deletedId)
                .clientRequestToken(UUID.randomUUID().toString()));

        var refresh = stack.pulumi.refresh();

        assertThat(refresh.lensShareSteps()).contains("delete lens-to-account");
        assertThat(StackState.of(stack.pulumi.exportStack()).lensShares()).doesNotContainKey("lens-to-account");

        var up = stack.pulumi.up();

        assertThat(up.lensShareSteps()).contains("create lens-to-account");
        var reshared = stack.pulumi.stackOutputs().get("accountShareId").getAsString();
        assertThat(reshared).isNotEqualTo(deletedId);
        assertThat(liveShares()).contains(share(NEXT_ACCOUNT, reshared));
    }

    @Test
    @Order(5)
    @DisplayName("5. the recipient rejects the invitation: refresh drops the share")
    void invitationRejectedByTheRecipientIsDroppedByRefresh() throws Exception {
        rejectedShareId = stack.pulumi.stackOutputs().get("accountShareId").getAsString();
        var recipient = stack.emulator.client(NEXT_ACCOUNT, LensShareExampleStack.REGION);
        var invitation = recipient
                .listShareInvitations(r -> r.shareResourceType(ShareResourceType.LENS))
                .shareInvitationSummaries()
                .stream()
                .filter(i -> stack.lensArn.equals(i.lensArn()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(NEXT_ACCOUNT + " has no invitation to " + stack.lensArn));
        recipient.updateShareInvitation(r -> r.shareInvitationId(invitation.shareInvitationId())
                .shareInvitationAction(ShareInvitationAction.REJECT));
        assertThat(stack.emulator.shares()).contains(rejected());

        var refresh = stack.pulumi.refresh();

        assertThat(refresh.lensShareSteps()).contains("delete lens-to-account");
        assertThat(StackState.of(stack.pulumi.exportStack()).lensShares())
                .doesNotContainKey("lens-to-account")
                .containsKeys("lens-to-iamUser", "lens-to-ou");

        // The declared share is wanted again: the next up shares anew, so the later scenarios start whole.
        assertThat(stack.pulumi.up().lensShareSteps()).contains("create lens-to-account");
    }

    @Test
    @Order(6)
    @DisplayName("6. pulumi import adopts an existing share; the next preview shows no change")
    void importAdoptsAnExistingShareAndPreviewShowsNoChange() throws Exception {
        var ouShareId = stack.pulumi.stackOutputs().get("ouShareId").getAsString();
        var urn = StackState.of(stack.pulumi.exportStack()).urn("lens-to-ou").orElseThrow();
        // Forget the share without deleting it: it now exists in the account but in no stack.
        stack.pulumi.succeed("state", "delete", urn, "--yes");
        assertThat(StackState.of(stack.pulumi.exportStack()).lensShares()).doesNotContainKey("lens-to-ou");
        stack.emulator.resetMetrics();

        var importId = stack.lensArn + "|" + ouShareId;
        var imported = Deployment.of(stack.pulumi.succeed(
                "import",
                Deployment.LENS_SHARE,
                "lens-to-ou",
                importId,
                "--yes",
                "--protect=false",
                "--generate-code=false",
                "--skip-preview",
                "--json"));

        assertThat(imported.lensShareSteps())
                .filteredOn(step -> !step.startsWith("same "))
                .containsExactly("import lens-to-ou");
        assertThat(StackState.of(stack.pulumi.exportStack()).id("lens-to-ou")).contains(importId);
        assertThat(stack.emulator.calls("CreateLensShare")).isZero();
        assertThat(stack.emulator.calls("ListLensShares"))
                .as("import reads the share")
                .isPositive();

        var preview = stack.pulumi.preview();

        assertThat(preview.changes())
                .as("change summary of the preview after import")
                .isEmpty();
        assertThat(preview.changeSummary())
                .as("the stack and its three shares stay the same")
                .containsEntry("same", 4);
        assertThat(preview.lensShareSteps()).allMatch(step -> step.startsWith("same "));
    }

    @Test
    @Order(8)
    @DisplayName("8. pulumi destroy leaves no share in the emulator and an empty stack")
    void destroyLeavesNoShareAndAnEmptyStack() throws Exception {
        var destroy = stack.pulumi.destroy();

        assertThat(destroy.lensShareSteps())
                .containsExactlyInAnyOrder("delete lens-to-account", "delete lens-to-iamUser", "delete lens-to-ou");
        assertThat(StackState.of(stack.pulumi.exportStack()).resourceCount()).isZero();
        // The only share left is the invitation the recipient rejected in scenario 5, which grants nothing and which
        // refresh had already dropped from the stack.
        assertThat(stack.emulator.shares()).containsExactly(rejected());
    }

    private List<Emulator.Share> liveShares() throws Exception {
        return stack.emulator.shares().stream()
                .filter(s -> LIVE.contains(s.status()))
                .map(s -> new Emulator.Share(s.region(), s.lensArn(), s.shareId(), s.sharedWith(), "live"))
                .toList();
    }

    private Emulator.Share rejected() {
        return new Emulator.Share(
                LensShareExampleStack.REGION, stack.lensArn, rejectedShareId, NEXT_ACCOUNT, "REJECTED");
    }

    private Emulator.Share share(String sharedWith, String shareId) {
        return new Emulator.Share(LensShareExampleStack.REGION, stack.lensArn, shareId, sharedWith, "live");
    }
}
