package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.wellarchitected.model.AccessDeniedException;
import software.amazon.awssdk.services.wellarchitected.model.ConflictException;
import software.amazon.awssdk.services.wellarchitected.model.ImportLensStatus;
import software.amazon.awssdk.services.wellarchitected.model.LensShareSummary;
import software.amazon.awssdk.services.wellarchitected.model.LensSummary;
import software.amazon.awssdk.services.wellarchitected.model.LensType;
import software.amazon.awssdk.services.wellarchitected.model.ResourceNotFoundException;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationAction;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationSummary;
import software.amazon.awssdk.services.wellarchitected.model.ShareResourceType;
import software.amazon.awssdk.services.wellarchitected.model.ShareStatus;

/** The two-account flow: import, publish, share, the recipient answers the invitation, the owner unshares. */
class LensSharingFlowTest extends EmulatorTest {

    @Test
    void importedLensIsPublishedSharedAcceptedAndUnshared() {
        var imported = owner.importLens(
                r -> r.jsonString(LensJson.valid("Security lens")).clientRequestToken(token()));
        assertThat(imported.status()).isEqualTo(ImportLensStatus.COMPLETE);
        assertThat(imported.lensArn()).matches("arn:aws:wellarchitected:us-east-1:111122223333:lens/[0-9a-f]{32}");

        var version = owner.createLensVersion(r -> r.lensAlias(imported.lensArn())
                .lensVersion("1.0")
                .isMajorVersion(true)
                .clientRequestToken(token()));
        assertThat(version.lensVersion()).isEqualTo("1.0");
        assertThat(version.lensArn()).isEqualTo(imported.lensArn());

        String shareId = share(imported.lensArn(), Accounts.RECIPIENT);
        assertThat(shareId).matches("[0-9a-f]{32}");

        List<LensShareSummary> shares =
                owner.listLensShares(r -> r.lensAlias(imported.lensArn())).lensShareSummaries();
        assertThat(shares).singleElement().satisfies(s -> {
            assertThat(s.shareId()).isEqualTo(shareId);
            assertThat(s.sharedWith()).isEqualTo(Accounts.RECIPIENT);
            assertThat(s.status()).isEqualTo(ShareStatus.PENDING);
        });

        List<ShareInvitationSummary> invitations =
                recipient.listShareInvitations(r -> {}).shareInvitationSummaries();
        assertThat(invitations).singleElement().satisfies(i -> {
            assertThat(i.shareInvitationId()).matches("[0-9a-f]{32}");
            assertThat(i.lensArn()).isEqualTo(imported.lensArn());
            assertThat(i.sharedBy()).isEqualTo(Accounts.OWNER);
            assertThat(i.sharedWith()).isEqualTo(Accounts.RECIPIENT);
            assertThat(i.lensName()).isEqualTo("Security lens");
            assertThat(i.shareResourceType()).isEqualTo(ShareResourceType.LENS);
        });

        var accepted = recipient.updateShareInvitation(
                r -> r.shareInvitationId(invitations.get(0).shareInvitationId())
                        .shareInvitationAction(ShareInvitationAction.ACCEPT));
        assertThat(accepted.shareInvitation().lensArn()).isEqualTo(imported.lensArn());
        assertThat(accepted.shareInvitation().shareResourceType()).isEqualTo(ShareResourceType.LENS);
        assertThat(owner.listLensShares(r -> r.lensAlias(imported.lensArn())).lensShareSummaries())
                .extracting(LensShareSummary::status)
                .containsExactly(ShareStatus.ACCEPTED);
        assertThat(recipient.listShareInvitations(r -> {}).shareInvitationSummaries())
                .isEmpty();

        owner.deleteLensShare(
                r -> r.lensAlias(imported.lensArn()).shareId(shareId).clientRequestToken(token()));
        assertThat(owner.listLensShares(r -> r.lensAlias(imported.lensArn())).lensShareSummaries())
                .isEmpty();
    }

    @Test
    void acceptedLensIsVisibleToTheRecipientAsSharedWithIt() {
        String lensArn = publishedLens();
        share(lensArn, Accounts.RECIPIENT);
        assertThatThrownBy(() -> recipient.getLens(r -> r.lensAlias(lensArn)))
                .isInstanceOf(AccessDeniedException.class);

        String invitationId = answerFirstInvitation(recipient, ShareInvitationAction.ACCEPT);

        var lens = recipient.getLens(r -> r.lensAlias(lensArn)).lens();
        assertThat(lens.owner()).isEqualTo(Accounts.OWNER);
        assertThat(lens.shareInvitationId()).isEqualTo(invitationId);
        assertThat(lens.name()).isEqualTo("Security lens");
        assertThat(recipient.listLenses(r -> r.lensType(LensType.CUSTOM_SHARED)).lensSummaries())
                .extracting(LensSummary::lensArn)
                .containsExactly(lensArn);
    }

    @Test
    void rejectedInvitationLeavesARejectedShareAndNoAccess() {
        String lensArn = publishedLens();
        String shareId = share(lensArn, Accounts.RECIPIENT);
        answerFirstInvitation(recipient, ShareInvitationAction.REJECT);

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.shareId()).isEqualTo(shareId);
                    assertThat(s.status()).isEqualTo(ShareStatus.REJECTED);
                });
        assertThat(recipient.listLenses(r -> r.lensType(LensType.CUSTOM_SHARED)).lensSummaries())
                .isEmpty();
    }

    @Test
    void answeredInvitationCannotBeAnsweredAgain() {
        String lensArn = publishedLens();
        share(lensArn, Accounts.RECIPIENT);
        String invitationId = answerFirstInvitation(recipient, ShareInvitationAction.ACCEPT);

        assertThatThrownBy(() -> recipient.updateShareInvitation(
                        r -> r.shareInvitationId(invitationId).shareInvitationAction(ShareInvitationAction.REJECT)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.resourceId()).isEqualTo(invitationId);
                    assertThat(e.resourceType()).isEqualTo("SHARE_INVITATION");
                });
    }

    @Test
    void onlyTheRecipientCanAnswerAnInvitation() {
        String lensArn = publishedLens();
        share(lensArn, Accounts.RECIPIENT);
        String invitationId = firstInvitationId(recipient);

        assertThatThrownBy(() -> owner.updateShareInvitation(
                        r -> r.shareInvitationId(invitationId).shareInvitationAction(ShareInvitationAction.ACCEPT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> client(Accounts.OTHER)
                        .updateShareInvitation(r ->
                                r.shareInvitationId(invitationId).shareInvitationAction(ShareInvitationAction.ACCEPT)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unknownInvitationIsNotFound() {
        assertThatThrownBy(() ->
                        recipient.updateShareInvitation(r -> r.shareInvitationId("0123456789abcdef0123456789abcdef")
                                .shareInvitationAction(ShareInvitationAction.ACCEPT)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.resourceId()).isEqualTo("0123456789abcdef0123456789abcdef");
                    assertThat(e.resourceType()).isEqualTo("SHARE_INVITATION");
                });
    }

    @Test
    void iamUserShareInvitesTheUsersAccount() {
        String lensArn = publishedLens();
        String user = "arn:aws:iam::" + Accounts.RECIPIENT + ":user/team/alice";
        share(lensArn, user);

        assertThat(recipient.listShareInvitations(r -> {}).shareInvitationSummaries())
                .singleElement()
                .satisfies(i -> assertThat(i.sharedWith()).isEqualTo(user));
        assertThat(client(Accounts.OTHER).listShareInvitations(r -> {}).shareInvitationSummaries())
                .isEmpty();
    }

    @Test
    void invitationsAreSeenOnlyInTheLensRegion() {
        String lensArn = publishedLens();
        share(lensArn, Accounts.RECIPIENT);
        var inOtherRegion =
                Accounts.client(server, Accounts.RECIPIENT, "secret", software.amazon.awssdk.regions.Region.EU_WEST_1);
        try {
            assertThat(inOtherRegion.listShareInvitations(r -> {}).shareInvitationSummaries())
                    .isEmpty();
        } finally {
            inOtherRegion.close();
        }
    }
}
