package com.pulumi.wellarchitected.provider.lensshare;

import static com.pulumi.wellarchitected.provider.lensshare.LensShareResource.CLIENT_REQUEST_TOKEN;
import static com.pulumi.wellarchitected.provider.lensshare.LensShareResource.LENS_ALIAS;
import static com.pulumi.wellarchitected.provider.lensshare.LensShareResource.SHARED_WITH;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.wellarchitected.provider.property.CheckFailure;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import com.pulumi.wellarchitected.provider.resource.Changes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Check and Diff call no API: they run on the resource alone. */
class LensShareResourceCheckDiffTest {

    private static final String LENS =
            "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";
    private static final String OTHER_LENS =
            "arn:aws:wellarchitected:us-east-1:111122223333:lens/ffffffffffffffffffffffffffffffff";
    private static final String URN = "urn:pulumi:dev::p::wellarchitected:index:LensShare::share";
    private static final String LENS_FORM = "arn:aws:wellarchitected:<region>:<account ID>:lens/<32 hex characters>";

    private final LensShareResource resource = new LensShareResource(Optional.of("us-east-1"), null, null);

    @Test
    void checkNormalisesTheInputsAndDerivesTheTokenFromTheUrnAndTheNormalisedInputs() {
        CheckResult result = resource.check(URN, inputs(" " + LENS.toUpperCase(Locale.ROOT) + " ", "4444-5555-6666"));

        assertThat(result.failures()).isEmpty();
        assertThat(result.inputs().text(LENS_ALIAS)).contains(LENS);
        assertThat(result.inputs().text(SHARED_WITH)).contains("444455556666");
        assertThat(result.inputs().text(CLIENT_REQUEST_TOKEN))
                .contains(ClientRequestToken.forShare(URN, LensArn.parse(LENS), SharedWith.parse("444455556666")));
    }

    @Test
    void checkGivesTheSameTokenInEveryRunForTheSameResourceAndShare() {
        String first = token(URN, LENS.toUpperCase(Locale.ROOT), "4444 5555 6666");

        assertThat(token(URN, LENS, "444455556666")).isEqualTo(first);
        assertThat(token(URN, LENS, "777788889999")).isNotEqualTo(first);
        assertThat(token(URN, OTHER_LENS, "444455556666")).isNotEqualTo(first);
        assertThat(token(URN + "-other", LENS, "444455556666")).isNotEqualTo(first);
    }

    @Test
    void checkLeavesTheTokenOutWhileAnInputIsUnknown() {
        PropertyMap news = PropertyMap.builder()
                .put(LENS_ALIAS, PropertyValue.UNKNOWN)
                .put(SHARED_WITH, "o-abcdefghij")
                .build();

        assertThat(resource.check(URN, news).inputs().get(CLIENT_REQUEST_TOKEN)).isEmpty();
    }

    @Test
    void checkLetsUnknownValuesThroughInAPreview() {
        PropertyMap news = PropertyMap.builder()
                .put(LENS_ALIAS, PropertyValue.UNKNOWN)
                .put(SHARED_WITH, "o-abcdefghij")
                .build();

        CheckResult result = resource.check(URN, news);

        assertThat(result.failures()).isEmpty();
        assertThat(result.inputs().isUnknown(LENS_ALIAS)).isTrue();
        assertThat(result.inputs().text(SHARED_WITH)).contains("o-abcdefghij");
    }

    @Test
    void checkKeepsSecretInputsSecret() {
        PropertyMap news = PropertyMap.builder()
                .putSecret(LENS_ALIAS, PropertyValue.text(LENS))
                .put(SHARED_WITH, "444455556666")
                .build();

        CheckResult result = resource.check(URN, news);

        assertThat(result.inputs().isSecret(LENS_ALIAS)).isTrue();
        assertThat(result.inputs().isSecret(SHARED_WITH)).isFalse();
    }

    @Test
    void checkNamesEveryMissingInputAndWhatItAccepts() {
        assertThat(resource.check(URN, PropertyMap.empty()).failures())
                .containsExactly(
                        new CheckFailure(
                                LENS_ALIAS,
                                "lensAlias is required: give the ARN of a custom lens you own, " + LENS_FORM + "."),
                        new CheckFailure(
                                SHARED_WITH,
                                "sharedWith is required: give a 12-digit AWS account ID, an IAM user ARN "
                                        + "(arn:aws:iam::<account ID>:user/<name>), an organization ID (o-<10 to 32 letters or digits>)"
                                        + " or an organizational unit ID (ou-<4 to 32 letters or digits>-<8 to 32 letters or digits>)."));
    }

    @Test
    void checkRefusesALensInAnotherRegion() {
        String lens = "arn:aws:wellarchitected:eu-west-1:111122223333:lens/0123456789abcdef0123456789abcdef";

        assertThat(resource.check(URN, inputs(lens, "444455556666")).failures())
                .containsExactly(new CheckFailure(
                        LENS_ALIAS,
                        "the lens is in Region eu-west-1 but this provider is configured for "
                                + "Region us-east-1: a lens can only be shared in its own Region, so use a provider for "
                                + "eu-west-1."));
    }

    @Test
    void checkRefusesSharingALensWithTheAccountThatOwnsIt() {
        assertThat(resource.check(URN, inputs(LENS, "1111-2222-3333")).failures())
                .containsExactly(new CheckFailure(
                        SHARED_WITH,
                        "a lens cannot be shared with the account that owns it: give another "
                                + "account, or an IAM user, organization or organizational unit."));
    }

    @Test
    void checkRefusesAValueThatIsNotAString() {
        PropertyMap news = PropertyMap.builder()
                .put(LENS_ALIAS, new PropertyValue.Numeric(7))
                .put(SHARED_WITH, new PropertyValue.Other("a list", List.of("444455556666")))
                .build();

        assertThat(resource.check(URN, news).failures())
                .extracting(CheckFailure::reason)
                .containsExactly(
                        "lensAlias must be a string, not a number: give the ARN of a custom lens you own, " + LENS_FORM
                                + ".",
                        "sharedWith must be a string, not a list: give a 12-digit AWS account ID, an IAM user ARN "
                                + "(arn:aws:iam::<account ID>:user/<name>), an organization ID (o-<10 to 32 letters or "
                                + "digits>) or an organizational unit ID (ou-<4 to 32 letters or digits>-<8 to 32 "
                                + "letters or digits>).");
    }

    @Test
    void diffOfTheSameInputsIsNoChange() {
        PropertyMap old = checked(LENS, "444455556666");

        Changes diff = resource.diff(old, old, checked(LENS, "444455556666"));

        assertThat(diff.hasChanges()).isFalse();
    }

    @Test
    void diffOfAnotherSpellingIsNoChange() {
        PropertyMap oldInputs = inputs(LENS.toUpperCase(Locale.ROOT), "4444-5555-6666");

        assertThat(resource.diff(oldInputs, oldInputs, checked(LENS, "444455556666"))
                        .hasChanges())
                .isFalse();
    }

    @Test
    void diffIgnoresTheToken() {
        PropertyMap old = PropertyMap.builder()
                .put(LENS_ALIAS, LENS)
                .put(SHARED_WITH, "444455556666")
                .put(CLIENT_REQUEST_TOKEN, "other")
                .build();

        assertThat(resource.diff(old, old, checked(LENS, "444455556666")).hasChanges())
                .isFalse();
    }

    @Test
    void diffReplacesOnAnyChangeDeletingFirst() {
        PropertyMap old = checked(LENS, "444455556666");

        Changes diff = resource.diff(old, old, checked(OTHER_LENS, "o-abcdefghij"));

        assertThat(diff.replaced()).containsExactly(LENS_ALIAS, SHARED_WITH);
        assertThat(diff.added()).isEmpty();
        assertThat(diff.deleteBeforeReplace()).isTrue();
    }

    @Test
    void diffReplacesWhenANewValueIsUnknown() {
        PropertyMap old = checked(LENS, "444455556666");
        PropertyMap news = PropertyMap.builder()
                .put(LENS_ALIAS, LENS)
                .put(SHARED_WITH, PropertyValue.UNKNOWN)
                .build();

        assertThat(resource.diff(old, old, news).replaced()).containsExactly(SHARED_WITH);
    }

    @Test
    void diffFallsBackToTheOldOutputsWithoutOldInputs() {
        Changes diff = resource.diff(checked(LENS, "444455556666"), PropertyMap.empty(), checked(LENS, "777788889999"));

        assertThat(diff.replaced()).containsExactly(SHARED_WITH);
    }

    private String token(String urn, String lens, String sharedWith) {
        return resource.check(urn, inputs(lens, sharedWith))
                .inputs()
                .text(CLIENT_REQUEST_TOKEN)
                .orElseThrow();
    }

    private PropertyMap checked(String lens, String sharedWith) {
        return resource.check(URN, inputs(lens, sharedWith)).inputs();
    }

    private static PropertyMap inputs(String lens, String sharedWith) {
        return PropertyMap.builder()
                .put(LENS_ALIAS, lens)
                .put(SHARED_WITH, sharedWith)
                .build();
    }
}
