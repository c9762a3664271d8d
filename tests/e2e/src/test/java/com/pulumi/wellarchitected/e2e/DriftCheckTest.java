package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationAction;
import software.amazon.awssdk.services.wellarchitected.model.ShareResourceType;

/**
 * The drift checks a CI job runs, {@code pulumi refresh --preview-only --expect-no-changes} and
 * {@code pulumi preview --refresh --expect-no-changes}, on a stack of four shares: both pass while the shares are as
 * declared, a recipient accepting one included, and both fail once a share is deleted out of band, its invitation
 * rejected, or left to expire.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DriftCheckTest {

    /** How {@code --expect-no-changes} fails: "no changes were expected for refresh but changes were proposed". */
    private static final Pattern CHANGES_PROPOSED =
            Pattern.compile("no changes were expected (for \\w+ )?but changes were proposed");

    private LensSharesStack stack;

    @BeforeAll
    void upFourShares(@TempDir Path workDir) throws Exception {
        stack = LensSharesStack.create(workDir, 4);
        stack.pulumi.up();
    }

    @AfterAll
    void stopEmulator() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("both drift checks pass right after up")
    void bothChecksPassWhenNothingDrifted() throws Exception {
        assertBothChecksPass();
    }

    @Test
    @Order(2)
    @DisplayName("a recipient accepting its share is not drift: both checks still pass")
    void anAcceptedShareIsNotDrift() throws Exception {
        answerInvitation(0, ShareInvitationAction.ACCEPT);
        assertThat(statusesOf(0)).containsExactly("ACCEPTED");

        assertBothChecksPass();
    }

    @Test
    @Order(3)
    @DisplayName("a share deleted out of band fails both checks; up --refresh shares again and both pass")
    void aShareDeletedOutOfBandIsDrift() throws Exception {
        var shareId = shareIdOf(1);
        try (WellArchitectedClient owner = stack.emulator.client(LensSharesStack.OWNER, LensSharesStack.REGION)) {
            owner.deleteLensShare(r -> r.lensAlias(stack.lensArn)
                    .shareId(shareId)
                    .clientRequestToken(UUID.randomUUID().toString()));
        }

        assertBothChecksFail();

        stack.pulumi.succeed("up", "--refresh", "--yes", "--skip-preview");
        assertThat(shareIdOf(1)).isNotEqualTo(shareId);
        assertThat(statusesOf(1)).containsExactly("PENDING");
        assertBothChecksPass();
    }

    @Test
    @Order(4)
    @DisplayName("an invitation the recipient rejected fails both checks; up --refresh shares again and both pass")
    void aRejectedInvitationIsDrift() throws Exception {
        var shareId = shareIdOf(2);
        answerInvitation(2, ShareInvitationAction.REJECT);

        assertBothChecksFail();

        stack.pulumi.succeed("up", "--refresh", "--yes", "--skip-preview");
        assertThat(shareIdOf(2)).isNotEqualTo(shareId);
        assertThat(statusesOf(2)).containsExactlyInAnyOrder("REJECTED", "PENDING");
        assertBothChecksPass();
    }

    @Test
    @Order(5)
    @DisplayName("invitations left unanswered for 7 days expire, which fails both checks")
    void anExpiredInvitationIsDrift() throws Exception {
        stack.emulator.advanceClock(Duration.ofDays(7).plusMinutes(1));
        assertThat(stack.emulator.shares()).extracting(Emulator.Share::status).contains("EXPIRED", "ACCEPTED");

        assertBothChecksFail();
    }

    private void assertBothChecksPass() throws Exception {
        for (var check : checks()) {
            assertThat(check.exitCode()).as("exit code of %s", check).isZero();
        }
    }

    private void assertBothChecksFail() throws Exception {
        for (var check : checks()) {
            assertThat(check.exitCode()).as("exit code of %s", check).isNotZero();
            assertThat(check.stdout() + check.stderr())
                    .as("output of %s", check)
                    .containsPattern(CHANGES_PROPOSED);
        }
    }

    private CliResult[] checks() throws Exception {
        return new CliResult[] {
            stack.pulumi.run("refresh", "--preview-only", "--expect-no-changes"),
            stack.pulumi.run("preview", "--refresh", "--expect-no-changes")
        };
    }

    private String shareIdOf(int index) throws Exception {
        var id = StackState.of(stack.pulumi.exportStack())
                .id(LensSharesProgram.shareName(index))
                .orElseThrow(() -> new AssertionError(LensSharesProgram.shareName(index) + " is not in the stack"));
        return stack.shareId(id);
    }

    /** The statuses of every share of the lens with account {@code index}, as the emulator holds them. */
    private List<String> statusesOf(int index) throws Exception {
        return stack.emulator.shares().stream()
                .filter(share -> share.sharedWith().equals(LensSharesProgram.account(index)))
                .map(Emulator.Share::status)
                .toList();
    }

    private void answerInvitation(int index, ShareInvitationAction action) {
        try (WellArchitectedClient recipient =
                stack.emulator.client(LensSharesProgram.account(index), LensSharesStack.REGION)) {
            var invitation = recipient
                    .listShareInvitations(r -> r.shareResourceType(ShareResourceType.LENS))
                    .shareInvitationSummaries()
                    .stream()
                    .filter(i -> stack.lensArn.equals(i.lensArn()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            LensSharesProgram.account(index) + " has no invitation to " + stack.lensArn));
            recipient.updateShareInvitation(
                    r -> r.shareInvitationId(invitation.shareInvitationId()).shareInvitationAction(action));
        }
    }
}
