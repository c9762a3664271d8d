package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.wellarchitected.model.ConflictException;

/** Retries with the same ClientRequestToken get the original result; other parameters with it conflict. */
class ClientRequestTokenTest extends EmulatorTest {

    private String createShare(String lensArn, String sharedWith, String token) {
        return owner.createLensShare(
                        r -> r.lensAlias(lensArn).sharedWith(sharedWith).clientRequestToken(token))
                .shareId();
    }

    @Test
    void sameTokenAndParametersReturnTheOriginalShare() {
        String lensArn = publishedLens();
        String first = createShare(lensArn, Accounts.RECIPIENT, "token-1");

        String retried = createShare(lensArn, Accounts.RECIPIENT, "token-1");

        assertThat(retried).isEqualTo(first);
        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .hasSize(1);
    }

    @Test
    void sameTokenWithOtherParametersConflicts() {
        String lensArn = publishedLens();
        createShare(lensArn, Accounts.RECIPIENT, "token-1");

        assertThatThrownBy(() -> createShare(lensArn, Accounts.OTHER, "token-1"))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.resourceId()).isEqualTo("token-1");
                    assertThat(e.resourceType()).isEqualTo("CLIENT_REQUEST_TOKEN");
                });
    }

    @Test
    void tokenOfADeletedShareIsFreshAgain() {
        String lensArn = publishedLens();
        String first = createShare(lensArn, Accounts.RECIPIENT, "token-1");
        owner.deleteLensShare(r -> r.lensAlias(lensArn).shareId(first).clientRequestToken(token()));

        String second = createShare(lensArn, Accounts.RECIPIENT, "token-1");

        assertThat(second).isNotEqualTo(first);
        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .singleElement()
                .satisfies(s -> assertThat(s.shareId()).isEqualTo(second));
    }

    @Test
    void tokensAreScopedToTheCallingAccount() {
        String ownerLens = publishedLens();
        String otherLens = control.seedLens(Accounts.OTHER, "Other lens", true);
        String first = createShare(ownerLens, Accounts.RECIPIENT, "token-1");

        String second = client(Accounts.OTHER)
                .createLensShare(r ->
                        r.lensAlias(otherLens).sharedWith(Accounts.RECIPIENT).clientRequestToken("token-1"))
                .shareId();

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void retriedDeleteSucceedsAgain() {
        String lensArn = publishedLens();
        String shareId = share(lensArn, Accounts.RECIPIENT);
        owner.deleteLensShare(r -> r.lensAlias(lensArn).shareId(shareId).clientRequestToken("delete-1"));

        owner.deleteLensShare(r -> r.lensAlias(lensArn).shareId(shareId).clientRequestToken("delete-1"));

        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .isEmpty();
    }

    @Test
    void retriedImportReturnsTheSameLens() {
        String json = LensJson.valid("Lens");
        String first = owner.importLens(r -> r.jsonString(json).clientRequestToken("import-1"))
                .lensArn();

        String retried = owner.importLens(r -> r.jsonString(json).clientRequestToken("import-1"))
                .lensArn();

        assertThat(retried).isEqualTo(first);
        assertThatThrownBy(() -> owner.importLens(
                        r -> r.jsonString(LensJson.valid("Other")).clientRequestToken("import-1")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void retriedVersionReturnsTheSameVersion() {
        String lensArn = owner.importLens(
                        r -> r.jsonString(LensJson.valid("Lens")).clientRequestToken(token()))
                .lensArn();
        owner.createLensVersion(r -> r.lensAlias(lensArn).lensVersion("1.0").clientRequestToken("version-1"));

        var retried = owner.createLensVersion(
                r -> r.lensAlias(lensArn).lensVersion("1.0").clientRequestToken("version-1"));

        assertThat(retried.lensVersion()).isEqualTo("1.0");
    }

    @Test
    void tokenIsRememberedForEightHoursOfEmulatorTime() {
        String lensArn = publishedLens();
        String first = createShare(lensArn, Accounts.RECIPIENT, "token-1");

        control.advanceClock(8 * 3600 - 1);

        assertThat(createShare(lensArn, Accounts.RECIPIENT, "token-1")).isEqualTo(first);
        assertThatThrownBy(() -> createShare(lensArn, Accounts.OTHER, "token-1"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void tokenOlderThanEightHoursCountsAsFresh() {
        String lensArn = publishedLens();
        String first = createShare(lensArn, Accounts.RECIPIENT, "token-1");

        control.advanceClock(8 * 3600);
        String other = createShare(lensArn, Accounts.OTHER, "token-1");

        assertThat(other).isNotEqualTo(first);
        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .extracting(s -> s.shareId())
                .containsExactly(first, other);
    }
}
