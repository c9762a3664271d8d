package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.wellarchitected.model.LensShareSummary;
import software.amazon.awssdk.services.wellarchitected.model.LensSummary;
import software.amazon.awssdk.services.wellarchitected.model.ListLensSharesResponse;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationAction;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationSummary;
import software.amazon.awssdk.services.wellarchitected.model.ShareStatus;
import software.amazon.awssdk.services.wellarchitected.model.ValidationException;
import software.amazon.awssdk.services.wellarchitected.model.ValidationExceptionField;

/** Paging and filtering of ListLensShares, ListLenses and ListShareInvitations. */
class PagingTest extends EmulatorTest {

    private List<String> shareWithAccounts(String lensArn, int count) {
        List<String> shareIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shareIds.add(share(lensArn, String.format("5%011d", i)));
        }
        return shareIds;
    }

    @Test
    void listLensSharesServesTenPerPageByDefault() {
        String lensArn = publishedLens();
        shareWithAccounts(lensArn, 25);

        ListLensSharesResponse first = owner.listLensShares(r -> r.lensAlias(lensArn));

        assertThat(first.lensShareSummaries()).hasSize(10);
        assertThat(first.nextToken()).isNotBlank();
    }

    @Test
    void paginatorCollectsEveryShareOnceInCreationOrder() {
        String lensArn = publishedLens();
        List<String> created = shareWithAccounts(lensArn, 23);

        List<String> listed = owner
                .listLensSharesPaginator(r -> r.lensAlias(lensArn).maxResults(4))
                .stream()
                .flatMap(page -> page.lensShareSummaries().stream())
                .map(LensShareSummary::shareId)
                .toList();

        assertThat(listed).containsExactlyElementsOf(created);
    }

    @Test
    void pagingSkipsNothingWhenSharesAreDeletedBetweenPages() {
        String lensArn = publishedLens();
        List<String> created = shareWithAccounts(lensArn, 12);
        ListLensSharesResponse first =
                owner.listLensShares(r -> r.lensAlias(lensArn).maxResults(5));
        owner.deleteLensShare(r -> r.lensAlias(lensArn).shareId(created.get(1)).clientRequestToken(token()));

        ListLensSharesResponse second =
                owner.listLensShares(r -> r.lensAlias(lensArn).maxResults(5).nextToken(first.nextToken()));

        assertThat(second.lensShareSummaries())
                .extracting(LensShareSummary::shareId)
                .containsExactlyElementsOf(created.subList(5, 10));
    }

    @Test
    void lastPageHasNoNextToken() {
        String lensArn = publishedLens();
        shareWithAccounts(lensArn, 3);

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn).maxResults(3)).nextToken())
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 51, -1})
    void maxResultsOutside1To50IsRefused(int maxResults) {
        String lensArn = publishedLens();

        assertThatThrownBy(() -> owner.listLensShares(r -> r.lensAlias(lensArn).maxResults(maxResults)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("MaxResults"));
    }

    @Test
    void maxResultsOf50IsServed() {
        String lensArn = publishedLens();
        shareWithAccounts(lensArn, 55);

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn).maxResults(50))
                        .lensShareSummaries())
                .hasSize(50);
    }

    @Test
    void forgedNextTokenIsRefused() {
        String lensArn = publishedLens();

        assertThatThrownBy(() -> owner.listLensShares(r -> r.lensAlias(lensArn).nextToken("not-a-token")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("NextToken"));
    }

    @Test
    void sharedWithPrefixFiltersShares() {
        String lensArn = publishedLens();
        share(lensArn, "444455556666");
        share(lensArn, "444499990000");
        share(lensArn, "777788889999");

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn).sharedWithPrefix("4444"))
                        .lensShareSummaries())
                .extracting(LensShareSummary::sharedWith)
                .containsExactly("444455556666", "444499990000");
        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn).sharedWithPrefix("444455556666"))
                        .lensShareSummaries())
                .hasSize(1);
    }

    @Test
    void sharedWithPrefixLongerThan100IsRefused() {
        String lensArn = publishedLens();

        assertThatThrownBy(() -> owner.listLensShares(r -> r.lensAlias(lensArn).sharedWithPrefix("1".repeat(101))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("SharedWithPrefix"));
    }

    @Test
    void statusFiltersShares() {
        String lensArn = publishedLens();
        share(lensArn, Accounts.RECIPIENT);
        share(lensArn, Accounts.OTHER);
        answerFirstInvitation(recipient, ShareInvitationAction.ACCEPT);

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn).status(ShareStatus.ACCEPTED))
                        .lensShareSummaries())
                .extracting(LensShareSummary::sharedWith)
                .containsExactly(Accounts.RECIPIENT);
        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn).status(ShareStatus.PENDING))
                        .lensShareSummaries())
                .extracting(LensShareSummary::sharedWith)
                .containsExactly(Accounts.OTHER);
    }

    @Test
    void listLensesPagesThroughOfficialAndCustomLenses() {
        for (int i = 0; i < 12; i++) {
            control.seedLens(Accounts.OWNER, "Lens " + i, true);
        }

        List<LensSummary> lenses = owner.listLensesPaginator(r -> r.maxResults(5)).stream()
                .flatMap(page -> page.lensSummaries().stream())
                .toList();

        assertThat(lenses).hasSize(15);
        assertThat(lenses).extracting(LensSummary::lensAlias).startsWith("wellarchitected", "serverless", "saas");
        assertThat(owner.listLenses(r -> {}).lensSummaries()).hasSize(10);
    }

    @Test
    void listShareInvitationsPagesAndFiltersByLensName() {
        for (int i = 0; i < 12; i++) {
            share(control.seedLens(Accounts.OWNER, (i % 2 == 0 ? "Even " : "Odd ") + i, true), Accounts.RECIPIENT);
        }

        List<ShareInvitationSummary> all = recipient.listShareInvitationsPaginator(r -> r.maxResults(5)).stream()
                .flatMap(page -> page.shareInvitationSummaries().stream())
                .toList();
        List<ShareInvitationSummary> even =
                recipient.listShareInvitationsPaginator(r -> r.lensNamePrefix("Even")).stream()
                        .flatMap(page -> page.shareInvitationSummaries().stream())
                        .toList();

        assertThat(all).hasSize(12);
        assertThat(even).hasSize(6).allSatisfy(i -> assertThat(i.lensName()).startsWith("Even"));
    }

    @Test
    void invitationFiltersAreChecked() {
        assertThatThrownBy(() -> recipient.listShareInvitations(r -> r.templateNamePrefix("bad<name>")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("TemplateNamePrefix"));
        assertThatThrownBy(() -> recipient.listShareInvitations(r -> r.shareResourceType("FILE")))
                .isInstanceOf(ValidationException.class);
        assertThat(recipient
                        .listShareInvitations(r -> r.templateNamePrefix("Good name-1_(x)"))
                        .shareInvitationSummaries())
                .isEmpty();
    }
}
