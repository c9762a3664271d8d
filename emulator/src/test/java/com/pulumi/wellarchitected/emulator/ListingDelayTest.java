package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.wellarchitected.model.ConflictException;
import software.amazon.awssdk.services.wellarchitected.model.LensShareSummary;
import software.amazon.awssdk.services.wellarchitected.model.LensSummary;
import software.amazon.awssdk.services.wellarchitected.model.ListLensSharesResponse;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationAction;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationSummary;

/** The listing delay fault: a new share, invitation or lens is left out of its List operation for a while, as on AWS. */
class ListingDelayTest extends EmulatorTest {
    private static final String ALL_TWO_SECONDS =
            "{\"listingDelayMs\": {\"ListLensShares\": 2000, \"ListShareInvitations\": 2000, \"ListLenses\": 2000}}";

    private List<String> listedShares(String lensArn) {
        return owner.listLensSharesPaginator(r -> r.lensAlias(lensArn)).stream()
                .flatMap(page -> page.lensShareSummaries().stream())
                .map(LensShareSummary::shareId)
                .toList();
    }

    private List<String> listedInvitations() {
        return recipient.listShareInvitationsPaginator(r -> {}).stream()
                .flatMap(page -> page.shareInvitationSummaries().stream())
                .map(ShareInvitationSummary::shareInvitationId)
                .toList();
    }

    private List<String> listedCustomLenses() {
        return owner.listLensesPaginator(r -> r.lensType("CUSTOM_SELF")).stream()
                .flatMap(page -> page.lensSummaries().stream())
                .map(LensSummary::lensArn)
                .toList();
    }

    private String invitationIdOf(String shareId) {
        for (var share : control.get("state").json().getAsJsonArray("shares")) {
            JsonObject entry = share.getAsJsonObject();
            if (entry.get("shareId").getAsString().equals(shareId)) {
                return entry.get("shareInvitationId").getAsString();
            }
        }
        throw new AssertionError("no share " + shareId + " in the state");
    }

    @Test
    void newShareIsListedOnlyOnceTheDelayHasPassed() {
        String lensArn = publishedLens();
        control.faults("{\"listingDelayMs\": {\"ListLensShares\": 2000}}");

        String shareId = share(lensArn, Accounts.RECIPIENT);

        assertThat(listedShares(lensArn)).isEmpty();
        control.advanceClock(1);
        assertThat(listedShares(lensArn)).isEmpty();
        control.advanceClock(1);
        assertThat(listedShares(lensArn)).containsExactly(shareId);
    }

    @Test
    void unlistedShareIsSeenAtOnceByCreateReplayConflictAndDelete() {
        String lensArn = publishedLens();
        control.faults(ALL_TWO_SECONDS);
        String token = token();

        String shareId = owner.createLensShare(
                        r -> r.lensAlias(lensArn).sharedWith(Accounts.RECIPIENT).clientRequestToken(token))
                .shareId();
        String replayed = owner.createLensShare(
                        r -> r.lensAlias(lensArn).sharedWith(Accounts.RECIPIENT).clientRequestToken(token))
                .shareId();

        assertThat(listedShares(lensArn)).isEmpty();
        assertThat(replayed).isEqualTo(shareId);
        assertThatThrownBy(() -> share(lensArn, Accounts.RECIPIENT))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.resourceId()).isEqualTo(shareId));
        owner.deleteLensShare(r -> r.lensAlias(lensArn).shareId(shareId).clientRequestToken(token()));
        control.advanceClock(2);
        assertThat(listedShares(lensArn)).isEmpty();
    }

    @Test
    void newInvitationIsListedOnlyOnceTheDelayHasPassedButCanBeAnsweredAtOnce() {
        String lensArn = publishedLens();
        control.faults(ALL_TWO_SECONDS);
        String first = invitationIdOf(share(lensArn, Accounts.RECIPIENT));
        String second = invitationIdOf(share(control.seedLens(Accounts.OWNER, "Other lens", true), Accounts.RECIPIENT));

        assertThat(listedInvitations()).isEmpty();
        recipient.updateShareInvitation(
                r -> r.shareInvitationId(first).shareInvitationAction(ShareInvitationAction.ACCEPT));
        control.advanceClock(2);
        assertThat(listedInvitations()).containsExactly(second);
    }

    @Test
    void newLensIsListedOnlyOnceTheDelayHasPassedButCanBeReadAtOnce() {
        control.faults(ALL_TWO_SECONDS);
        String lensArn = publishedLens();

        assertThat(listedCustomLenses()).isEmpty();
        assertThat(owner.listLenses(r -> {}).lensSummaries())
                .extracting(LensSummary::lensAlias)
                .containsExactly("wellarchitected", "serverless", "saas");
        assertThat(owner.getLens(r -> r.lensAlias(lensArn)).lens().lensArn()).isEqualTo(lensArn);
        control.advanceClock(2);
        assertThat(listedCustomLenses()).containsExactly(lensArn);
    }

    @Test
    void eachDelayAppliesOnlyToItsOwnListOperation() {
        control.faults("{\"listingDelayMs\": {\"ListShareInvitations\": 2000}}");
        String lensArn = publishedLens();

        String shareId = share(lensArn, Accounts.RECIPIENT);

        assertThat(listedShares(lensArn)).containsExactly(shareId);
        assertThat(listedCustomLenses()).containsExactly(lensArn);
        assertThat(listedInvitations()).isEmpty();
    }

    @Test
    void pagesAreFullOfListedItemsAndEndWhereOnlyUnlistedOnesRemain() {
        String lensArn = publishedLens();
        control.faults("{\"listingDelayMs\": {\"ListLensShares\": 2000}}");
        List<String> old = shareWithAccounts(lensArn, 0, 5);
        control.advanceClock(2);
        List<String> recent = shareWithAccounts(lensArn, 5, 4);

        List<ListLensSharesResponse> pages =
                owner.listLensSharesPaginator(r -> r.lensAlias(lensArn).maxResults(2)).stream()
                        .toList();

        assertThat(pages).extracting(page -> page.lensShareSummaries().size()).containsExactly(2, 2, 1);
        assertThat(pages.get(2).nextToken()).isNull();
        assertThat(pages.stream().flatMap(page -> page.lensShareSummaries().stream()))
                .extracting(LensShareSummary::shareId)
                .containsExactlyElementsOf(old);
        control.advanceClock(2);
        assertThat(listedShares(lensArn)).containsExactlyElementsOf(concat(old, recent));
    }

    @Test
    void pagingContinuesIntoItemsListedBetweenPages() {
        String lensArn = publishedLens();
        control.faults("{\"listingDelayMs\": {\"ListLensShares\": 2000}}");
        List<String> old = shareWithAccounts(lensArn, 0, 3);
        control.advanceClock(2);
        List<String> recent = shareWithAccounts(lensArn, 3, 3);
        ListLensSharesResponse first =
                owner.listLensShares(r -> r.lensAlias(lensArn).maxResults(2));

        control.advanceClock(2);
        ListLensSharesResponse second =
                owner.listLensShares(r -> r.lensAlias(lensArn).maxResults(10).nextToken(first.nextToken()));

        assertThat(first.lensShareSummaries())
                .extracting(LensShareSummary::shareId)
                .containsExactlyElementsOf(old.subList(0, 2));
        assertThat(second.lensShareSummaries())
                .extracting(LensShareSummary::shareId)
                .containsExactlyElementsOf(concat(old.subList(2, 3), recent));
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void faultsReportTheListingDelaysAndClearingOrResetRemovesThem() {
        JsonObject set = control.post("faults", "{\"listingDelayMs\": {\"ListLenses\": 1500}}")
                .json();

        assertThat(set.getAsJsonObject("listingDelayMs").toString())
                .isEqualTo("{\"ListLensShares\":0,\"ListShareInvitations\":0,\"ListLenses\":1500}");
        assertThat(control.get("faults").json()).isEqualTo(set);

        control.faults("{}");
        assertThat(control.get("faults")
                        .json()
                        .getAsJsonObject("listingDelayMs")
                        .toString())
                .isEqualTo("{\"ListLensShares\":0,\"ListShareInvitations\":0,\"ListLenses\":0}");

        control.faults(ALL_TWO_SECONDS);
        control.post("reset", "");
        assertThat(control.get("faults")
                        .json()
                        .getAsJsonObject("listingDelayMs")
                        .toString())
                .isEqualTo("{\"ListLensShares\":0,\"ListShareInvitations\":0,\"ListLenses\":0}");
        String lensArn = publishedLens();
        assertThat(listedCustomLenses()).containsExactly(lensArn);
    }

    @Test
    void invalidListingDelaysAreRefusedNamingTheProblem() {
        assertThat(control.post("faults", "{\"listingDelayMs\": 2000}").body())
                .contains("listingDelayMs must be an object from ListLensShares, ListShareInvitations or ListLenses");
        assertThat(control.post("faults", "{\"listingDelayMs\": {\"GetLens\": 2000}}")
                        .body())
                .contains("listingDelayMs names GetLens, which has no listing delay");
        for (String value : List.of("-1", "1.5", "\"2000\"", "3600001", "null")) {
            ControlClient.Reply reply = control.post("faults", "{\"listingDelayMs\": {\"ListLenses\": " + value + "}}");
            assertThat(reply.status()).as(value).isEqualTo(400);
            assertThat(reply.body()).as(value).contains("listingDelayMs.ListLenses");
        }
        assertThat(control.get("faults")
                        .json()
                        .getAsJsonObject("listingDelayMs")
                        .get("ListLenses")
                        .getAsLong())
                .isZero();
    }

    private List<String> shareWithAccounts(String lensArn, int from, int count) {
        List<String> shareIds = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            shareIds.add(share(lensArn, String.format("5%011d", i)));
        }
        return shareIds;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
