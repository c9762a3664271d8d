package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.wellarchitected.model.ConflictException;
import software.amazon.awssdk.services.wellarchitected.model.LensShareSummary;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationAction;
import software.amazon.awssdk.services.wellarchitected.model.ShareStatus;

/** Invitations not answered within 7 days of emulator time expire. */
class InvitationExpiryTest extends EmulatorTest {
    private static final long SEVEN_DAYS = 7 * 24 * 3600;

    @Test
    void invitationIsPendingJustBeforeSevenDays() {
        String lensArn = publishedLens();
        share(lensArn, Accounts.RECIPIENT);

        control.advanceClock(SEVEN_DAYS - 60);

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .extracting(LensShareSummary::status)
                .containsExactly(ShareStatus.PENDING);
        assertThat(recipient.listShareInvitations(r -> {}).shareInvitationSummaries())
                .hasSize(1);
    }

    @Test
    void unansweredInvitationExpiresAfterSevenDays() {
        String lensArn = publishedLens();
        share(lensArn, Accounts.RECIPIENT);
        String invitationId = firstInvitationId(recipient);

        control.advanceClock(SEVEN_DAYS);

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(ShareStatus.EXPIRED);
                    assertThat(s.statusMessage()).isNotBlank();
                });
        assertThat(recipient.listShareInvitations(r -> {}).shareInvitationSummaries())
                .isEmpty();
        assertThatThrownBy(() -> recipient.updateShareInvitation(
                        r -> r.shareInvitationId(invitationId).shareInvitationAction(ShareInvitationAction.ACCEPT)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void acceptedShareDoesNotExpire() {
        String lensArn = publishedLens();
        share(lensArn, Accounts.RECIPIENT);
        answerFirstInvitation(recipient, ShareInvitationAction.ACCEPT);

        control.advanceClock(30 * 24 * 3600);

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .extracting(LensShareSummary::status)
                .containsExactly(ShareStatus.ACCEPTED);
    }

    @Test
    void expiredPrincipalCanBeInvitedAgain() {
        String lensArn = publishedLens();
        share(lensArn, Accounts.RECIPIENT);
        control.advanceClock(SEVEN_DAYS);

        share(lensArn, Accounts.RECIPIENT);

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .extracting(LensShareSummary::status)
                .containsExactly(ShareStatus.EXPIRED, ShareStatus.PENDING);
        assertThat(recipient.listShareInvitations(r -> {}).shareInvitationSummaries())
                .hasSize(1);
    }
}
