package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.wellarchitected.model.AccessDeniedException;
import software.amazon.awssdk.services.wellarchitected.model.ConflictException;
import software.amazon.awssdk.services.wellarchitected.model.LensShareSummary;
import software.amazon.awssdk.services.wellarchitected.model.ResourceNotFoundException;
import software.amazon.awssdk.services.wellarchitected.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationAction;
import software.amazon.awssdk.services.wellarchitected.model.ShareStatus;
import software.amazon.awssdk.services.wellarchitected.model.ValidationException;
import software.amazon.awssdk.services.wellarchitected.model.ValidationExceptionField;
import software.amazon.awssdk.services.wellarchitected.model.ValidationExceptionReason;

/** Who and what a lens can be shared with, and the rules on duplicates, quotas and deletion. */
class LensShareRulesTest extends EmulatorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "444455556666",
                "arn:aws:iam::444455556666:user/alice",
                "arn:aws:iam::444455556666:user/division/team/bob",
                "ou-ab12-cdef3456"
            })
    void acceptsEveryKindOfPrincipal(String sharedWith) {
        String lensArn = publishedLens();
        owner.updateGlobalSettings(r -> r.organizationSharingStatus("ENABLED"));

        String shareId = share(lensArn, sharedWith);

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .extracting(LensShareSummary::shareId, LensShareSummary::sharedWith)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(shareId, sharedWith));
    }

    @Test
    void acceptsAnOrganizationWhenOrganizationSharingIsEnabled() {
        String lensArn = publishedLens();
        owner.updateGlobalSettings(r -> r.organizationSharingStatus("ENABLED"));

        assertThat(share(lensArn, "o-abcdef1234")).matches("[0-9a-f]{32}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12345678901",
                "1234567890123",
                "44445555666a",
                "arn:aws:iam::444455556666:role/admin",
                "o-ABCDEFGHIJ",
                "ou-ab-cdef3456",
                "someone@example.com"
            })
    void refusesSharedWithThatIsNoPrincipal(String sharedWith) {
        String lensArn = publishedLens();

        assertThatThrownBy(() -> share(lensArn, sharedWith)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.reason()).isEqualTo(ValidationExceptionReason.FIELD_VALIDATION_FAILED);
            assertThat(e.fields()).extracting(ValidationExceptionField::name).containsExactly("SharedWith");
        });
    }

    @Test
    void refusesSharingWithTheOwnersOwnAccount() {
        String lensArn = publishedLens();

        assertThatThrownBy(() -> share(lensArn, Accounts.OWNER))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("SharedWith"));
        assertThatThrownBy(() -> share(lensArn, "arn:aws:iam::" + Accounts.OWNER + ":user/alice"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void refusesSharingADraftLens() {
        String draft = control.seedLens(Accounts.OWNER, "Draft lens", false);

        assertThatThrownBy(() -> share(draft, Accounts.RECIPIENT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("LensAlias"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"wellarchitected", "serverless", "saas", "arn:aws:wellarchitected:us-east-1::lens/serverless"})
    void refusesSharingAnOfficialLens(String alias) {
        assertThatThrownBy(() -> share(alias, Accounts.RECIPIENT))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("LensAlias"));
    }

    @Test
    void refusesSharingALensSharedWithTheCaller() {
        String lensArn = publishedLens();
        share(lensArn, Accounts.RECIPIENT);
        answerFirstInvitation(recipient, ShareInvitationAction.ACCEPT);

        assertThatThrownBy(() -> recipient.createLensShare(
                        r -> r.lensAlias(lensArn).sharedWith(Accounts.OTHER).clientRequestToken(token())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheOwnerListsAndDeletesShares() {
        String lensArn = publishedLens();
        String shareId = share(lensArn, Accounts.RECIPIENT);

        assertThatThrownBy(() -> recipient.listLensShares(r -> r.lensAlias(lensArn)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recipient.deleteLensShare(
                        r -> r.lensAlias(lensArn).shareId(shareId).clientRequestToken(token())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .hasSize(1);
    }

    @Test
    void unknownLensIsNotFound() {
        String missing = "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";

        assertThatThrownBy(() -> share(missing, Accounts.RECIPIENT))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.resourceId()).isEqualTo(missing);
                    assertThat(e.resourceType()).isEqualTo("LENS");
                });
    }

    @Test
    void lensOfAnotherRegionIsNotFound() {
        String lensArn = publishedLens();
        var inOtherRegion =
                Accounts.client(server, Accounts.OWNER, "secret", software.amazon.awssdk.regions.Region.EU_WEST_1);
        try {
            assertThatThrownBy(() -> inOtherRegion.listLensShares(r -> r.lensAlias(lensArn)))
                    .isInstanceOf(ResourceNotFoundException.class);
        } finally {
            inOtherRegion.close();
        }
    }

    @Test
    void secondLiveShareWithTheSamePrincipalConflicts() {
        String lensArn = publishedLens();
        String first = share(lensArn, Accounts.RECIPIENT);

        assertThatThrownBy(() -> share(lensArn, Accounts.RECIPIENT))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.resourceId()).isEqualTo(first);
                    assertThat(e.resourceType()).isEqualTo("LENS_SHARE");
                });
    }

    @Test
    void rejectedPrincipalCanBeSharedWithAgainAsANewShare() {
        String lensArn = publishedLens();
        String first = share(lensArn, Accounts.RECIPIENT);
        answerFirstInvitation(recipient, ShareInvitationAction.REJECT);

        String second = share(lensArn, Accounts.RECIPIENT);

        assertThat(second).isNotEqualTo(first);
        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .extracting(LensShareSummary::shareId, LensShareSummary::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, ShareStatus.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(second, ShareStatus.PENDING));
    }

    @Test
    void revokedPrincipalCanBeSharedWithAgain() {
        String lensArn = publishedLens();
        owner.updateGlobalSettings(r -> r.organizationSharingStatus("ENABLED"));
        share(lensArn, "o-abcdef1234");
        owner.updateGlobalSettings(r -> r.organizationSharingStatus("DISABLED"));
        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .extracting(LensShareSummary::status)
                .containsExactly(ShareStatus.REVOKED);
        owner.updateGlobalSettings(r -> r.organizationSharingStatus("ENABLED"));

        share(lensArn, "o-abcdef1234");

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .extracting(LensShareSummary::status)
                .containsExactly(ShareStatus.REVOKED, ShareStatus.ASSOCIATING);
    }

    @Test
    void aLensTakesAtMost300LiveShares() {
        String lensArn = publishedLens();
        for (int i = 0; i < 300; i++) {
            share(lensArn, String.format("5%011d", i));
        }

        assertThatThrownBy(() -> share(lensArn, "600000000000"))
                .isInstanceOfSatisfying(ServiceQuotaExceededException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(402);
                    assertThat(e.quotaCode()).isNotBlank();
                    assertThat(e.serviceCode()).isEqualTo("wellarchitected");
                    assertThat(e.resourceId()).isEqualTo(lensArn);
                    assertThat(e.resourceType()).isEqualTo("LENS");
                });
    }

    @Test
    void terminalSharesDoNotCountTowardTheQuota() {
        String lensArn = publishedLens();
        for (int i = 0; i < 300; i++) {
            share(lensArn, String.format("5%011d", i));
        }
        String rejecting = String.format("5%011d", 7);
        var rejecter = client(rejecting);
        answerFirstInvitation(rejecter, ShareInvitationAction.REJECT);

        assertThat(share(lensArn, "600000000000")).matches("[0-9a-f]{32}");
    }

    @Test
    void deletedShareDisappearsAndFreesThePrincipal() {
        String lensArn = publishedLens();
        String shareId = share(lensArn, Accounts.RECIPIENT);

        owner.deleteLensShare(r -> r.lensAlias(lensArn).shareId(shareId).clientRequestToken(token()));

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .isEmpty();
        assertThat(recipient.listShareInvitations(r -> {}).shareInvitationSummaries())
                .isEmpty();
        assertThat(share(lensArn, Accounts.RECIPIENT)).isNotEqualTo(shareId);
    }

    @Test
    void deletingAnUnknownShareIsNotFound() {
        String lensArn = publishedLens();
        String missing = "0123456789abcdef0123456789abcdef";

        assertThatThrownBy(() -> owner.deleteLensShare(
                        r -> r.lensAlias(lensArn).shareId(missing).clientRequestToken(token())))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.resourceId()).isEqualTo(missing);
                    assertThat(e.resourceType()).isEqualTo("LENS_SHARE");
                });
    }
}
