package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.wellarchitected.model.LensShareSummary;
import software.amazon.awssdk.services.wellarchitected.model.OrganizationSharingStatus;
import software.amazon.awssdk.services.wellarchitected.model.ShareStatus;
import software.amazon.awssdk.services.wellarchitected.model.ValidationException;
import software.amazon.awssdk.services.wellarchitected.model.ValidationExceptionField;

/** Organization and OU shares: they need organization sharing enabled and are associated, not invited. */
class OrganizationSharingTest extends EmulatorTest {
    private static final String ORGANIZATION = "o-abcdef1234";
    private static final String UNIT = "ou-ab12-cdef3456";

    @Test
    void organizationSharingIsDisabledUntilEnabled() {
        assertThat(owner.getGlobalSettings(r -> {}).organizationSharingStatus())
                .isEqualTo(OrganizationSharingStatus.DISABLED);

        owner.updateGlobalSettings(r -> r.organizationSharingStatus(OrganizationSharingStatus.ENABLED));

        assertThat(owner.getGlobalSettings(r -> {}).organizationSharingStatus())
                .isEqualTo(OrganizationSharingStatus.ENABLED);
        assertThat(recipient.getGlobalSettings(r -> {}).organizationSharingStatus())
                .isEqualTo(OrganizationSharingStatus.DISABLED);
    }

    @Test
    void organizationShareNeedsOrganizationSharingEnabled() {
        String lensArn = publishedLens();

        assertThatThrownBy(() -> share(lensArn, ORGANIZATION))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("SharedWith"));
        assertThatThrownBy(() -> share(lensArn, UNIT)).isInstanceOf(ValidationException.class);
    }

    @Test
    void organizationShareIsAssociatingThenAssociatedAfterFiveSeconds() {
        String lensArn = publishedLens();
        owner.updateGlobalSettings(r -> r.organizationSharingStatus(OrganizationSharingStatus.ENABLED));
        share(lensArn, ORGANIZATION);
        share(lensArn, UNIT);

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .extracting(LensShareSummary::status)
                .containsOnly(ShareStatus.ASSOCIATING);
        assertThat(recipient.listShareInvitations(r -> {}).shareInvitationSummaries())
                .isEmpty();

        control.advanceClock(5);

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .extracting(LensShareSummary::status)
                .containsOnly(ShareStatus.ASSOCIATED);
    }

    @Test
    void disablingOrganizationSharingRevokesOrganizationSharesOnly() {
        String lensArn = publishedLens();
        owner.updateGlobalSettings(r -> r.organizationSharingStatus(OrganizationSharingStatus.ENABLED));
        share(lensArn, ORGANIZATION);
        share(lensArn, Accounts.RECIPIENT);

        owner.updateGlobalSettings(r -> r.organizationSharingStatus(OrganizationSharingStatus.DISABLED));

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .extracting(LensShareSummary::sharedWith, LensShareSummary::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ORGANIZATION, ShareStatus.REVOKED),
                        org.assertj.core.groups.Tuple.tuple(Accounts.RECIPIENT, ShareStatus.PENDING));
        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn).status(ShareStatus.REVOKED))
                        .lensShareSummaries())
                .singleElement()
                .satisfies(s -> assertThat(s.statusMessage()).isNotBlank());
    }

    @Test
    void unknownSettingValueIsRefused() {
        assertThatThrownBy(() -> owner.updateGlobalSettings(r -> r.organizationSharingStatus("SOMETIMES")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("OrganizationSharingStatus"));
    }

    @Test
    void jiraConfigurationMembersAreChecked() {
        assertThatThrownBy(() -> owner.updateGlobalSettings(r -> r.jiraConfiguration(j -> j.jiraProjectKey("lower"))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("JiraConfiguration.JiraProjectKey"));
        owner.updateGlobalSettings(
                r -> r.jiraConfiguration(j -> j.jiraProjectKey("PROJ_1").issueManagementType("AUTO")));
    }
}
