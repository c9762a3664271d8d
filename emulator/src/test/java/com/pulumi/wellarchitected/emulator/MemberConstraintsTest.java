package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationAction;
import software.amazon.awssdk.services.wellarchitected.model.ValidationException;
import software.amazon.awssdk.services.wellarchitected.model.ValidationExceptionField;
import software.amazon.awssdk.services.wellarchitected.model.ValidationExceptionReason;

/** The model's length, pattern and enum constraints, each reported as a ValidationException naming the member. */
class MemberConstraintsTest extends EmulatorTest {

    private static void assertRefused(ThrowingCallable call, String... members) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.reason()).isEqualTo(ValidationExceptionReason.FIELD_VALIDATION_FAILED);
            assertThat(e.fields()).extracting(ValidationExceptionField::name).containsExactly(members);
            assertThat(e.fields()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
            assertThat(e.awsErrorDetails().errorMessage()).contains(members[0]);
        });
    }

    @Test
    void lensAliasLongerThan128IsRefused() {
        assertRefused(() -> owner.listLensShares(r -> r.lensAlias("a".repeat(129))), "LensAlias");
        assertRefused(() -> owner.getLens(r -> r.lensAlias("a".repeat(129))), "LensAlias");
    }

    @Test
    void clientRequestTokenLongerThan2048IsRefused() {
        String lensArn = publishedLens();

        assertRefused(
                () -> owner.createLensShare(
                        r -> r.lensAlias(lensArn).sharedWith(Accounts.RECIPIENT).clientRequestToken("t".repeat(2049))),
                "ClientRequestToken");
    }

    @Test
    void sharedWithShorterThan12OrLongerThan2048IsRefused() {
        String lensArn = publishedLens();

        assertRefused(() -> share(lensArn, "12345"), "SharedWith");
        assertRefused(() -> share(lensArn, "arn:aws:iam::444455556666:user/" + "a".repeat(2048)), "SharedWith");
    }

    @Test
    void everyBrokenMemberIsReportedAtOnce() {
        assertRefused(
                () -> owner.createLensShare(
                        r -> r.lensAlias("a".repeat(129)).sharedWith("1").clientRequestToken("t".repeat(2049))),
                "LensAlias",
                "SharedWith",
                "ClientRequestToken");
    }

    @Test
    void shareIdMustBe32HexDigits() {
        String lensArn = publishedLens();

        assertRefused(
                () -> owner.deleteLensShare(
                        r -> r.lensAlias(lensArn).shareId("ABC").clientRequestToken(token())),
                "ShareId");
    }

    @Test
    void shareInvitationIdMustBe32HexDigitsAndTheActionKnown() {
        assertRefused(
                () -> recipient.updateShareInvitation(
                        r -> r.shareInvitationId("not-an-id").shareInvitationAction(ShareInvitationAction.ACCEPT)),
                "ShareInvitationId");
        assertRefused(
                () -> recipient.updateShareInvitation(r ->
                        r.shareInvitationId("0123456789abcdef0123456789abcdef").shareInvitationAction("MAYBE")),
                "ShareInvitationAction");
    }

    @Test
    void unknownShareStatusFilterIsRefused() {
        String lensArn = publishedLens();

        assertRefused(() -> owner.listLensShares(r -> r.lensAlias(lensArn).status("LIVE")), "Status");
    }

    @Test
    void lensFiltersAreChecked() {
        assertRefused(() -> owner.listLenses(r -> r.lensType("MINE")), "LensType");
        assertRefused(() -> owner.listLenses(r -> r.lensStatus("SOME")), "LensStatus");
        assertRefused(() -> owner.listLenses(r -> r.lensName("n".repeat(129))), "LensName");
        assertRefused(() -> owner.getLens(r -> r.lensAlias("serverless").lensVersion("v".repeat(33))), "LensVersion");
    }

    @Test
    void importLensNeedsItsRequiredMembers() {
        assertRefused(() -> owner.importLens(r -> r.jsonString("{").clientRequestToken(token())), "JSONString");
        assertRefused(
                () -> owner.importLens(r -> r.jsonString(LensJson.valid("L"))
                        .clientRequestToken(token())
                        .lensAlias("a".repeat(129))),
                "LensAlias");
    }

    @Test
    void tagMapsHoldAtMost50Tags() {
        String lensArn = publishedLens();
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            tags.put("key-" + i, "value");
        }

        assertRefused(() -> owner.tagResource(r -> r.workloadArn(lensArn).tags(tags)), "Tags");
        assertRefused(() -> owner.tagResource(r -> r.workloadArn(lensArn).tags(Map.of("k".repeat(129), "v"))), "Tags");
    }
}
