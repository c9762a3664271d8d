package com.pulumi.wellarchitected.provider.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.protobuf.Struct;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pulumirpc.Provider.CheckFailure;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;

/** Every input Check and CheckConfig refuse, with the exact sentence the user reads, through the protocol. */
class CheckFailuresTest {

    private static final String LENS =
            "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";
    private static final String LENS_FORM = "arn:aws:wellarchitected:<region>:<account ID>:lens/<32 hex characters>";
    private static final String CUSTOM_LENS = "give the ARN of a custom lens you own, " + LENS_FORM + ".";
    private static final String PRINCIPALS = "a 12-digit AWS account ID, an IAM user ARN "
            + "(arn:aws:iam::<account ID>:user/<name>), an organization ID (o-<10 to 32 letters or digits>) or an "
            + "organizational unit ID (ou-<4 to 32 letters or digits>-<8 to 32 letters or digits>)";

    private ProviderFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new ProviderFixture();
        fixture.configure();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @ParameterizedTest(name = "lensAlias {0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "serverless; this is an AWS official lens, and AWS official lenses cannot be shared: " + CUSTOM_LENS,
                "arn:aws:wellarchitected:us-east-1::lens/wellarchitected; this is an AWS official lens, and AWS official "
                        + "lenses cannot be shared: " + CUSTOM_LENS,
                "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123; this is not the ARN of a custom lens: "
                        + CUSTOM_LENS,
                "arn:aws:wellarchitected:eu-west-1:111122223333:lens/0123456789abcdef0123456789abcdef; the lens is in Region "
                        + "eu-west-1 but this provider is configured for Region us-east-1: a lens can only be shared in its own "
                        + "Region, so use a provider for eu-west-1.",
                "'  '; lensAlias is required: " + CUSTOM_LENS
            })
    void aBadLensAliasIsRefused(String lensAlias, String reason) {
        assertThat(failures(Structs.of("lensAlias", lensAlias, "sharedWith", "444455556666")))
                .containsExactly(tuple("lensAlias", reason));
    }

    @ParameterizedTest(name = "sharedWith {0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "4444-5555-666; an AWS account ID has exactly 12 digits: give " + PRINCIPALS + ".",
                "arn:aws:iam::444455556666:role/admin; a lens can be shared with IAM users but not with other IAM "
                        + "principals: give an IAM user ARN, arn:aws:iam::<account ID>:user/<name>, or " + PRINCIPALS
                        + ".",
                "arn:aws:iam::4444555566:user/alice; the account ID in an IAM user ARN has exactly 12 digits: give "
                        + "arn:aws:iam::<12-digit account ID>:user/<name>.",
                "arn:aws:iam::444455556666:user/; an IAM user name has 1 to 64 letters, digits or +=,.@_- characters, after "
                        + "an optional path of at most 512 characters: give arn:aws:iam::<account ID>:user/<path/><name>.",
                "o-short; a lens can be shared with " + PRINCIPALS + " only.",
                "everyone; a lens can be shared with " + PRINCIPALS + " only.",
                "111122223333; a lens cannot be shared with the account that owns it: give another account, or an IAM user, "
                        + "organization or organizational unit."
            })
    void aBadPrincipalIsRefused(String sharedWith, String reason) {
        assertThat(failures(Structs.of("lensAlias", LENS, "sharedWith", sharedWith)))
                .containsExactly(tuple("sharedWith", reason));
    }

    @Test
    void missingInputsAreEachNamed() {
        assertThat(failures(Struct.getDefaultInstance()))
                .containsExactly(
                        tuple("lensAlias", "lensAlias is required: " + CUSTOM_LENS),
                        tuple("sharedWith", "sharedWith is required: give " + PRINCIPALS + "."));
    }

    @Test
    void inputsOfTheWrongTypeAreRefused() {
        Struct news = Struct.newBuilder()
                .putFields("lensAlias", Structs.number(1))
                .putFields("sharedWith", Structs.text("444455556666"))
                .build();

        assertThat(failures(news))
                .containsExactly(tuple("lensAlias", "lensAlias must be a string, not a number: " + CUSTOM_LENS));
    }

    @Test
    void unknownInputsPassInAPreview() {
        CheckResponse response = fixture.provider.check(LifecycleScenario.check(
                Struct.getDefaultInstance(),
                Structs.of("lensAlias", Structs.UNKNOWN, "sharedWith", Structs.UNKNOWN),
                "seed"));

        assertThat(response.getFailuresList()).isEmpty();
        assertThat(Structs.string(response.getInputs(), "lensAlias")).isEqualTo(Structs.UNKNOWN);
        assertThat(Structs.string(response.getInputs(), "sharedWith")).isEqualTo(Structs.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "region; us-east; region must be an AWS Region code such as us-east-1.",
                "endpoint; localhost:4599; endpoint must be an absolute http or https URL such as "
                        + "https://wellarchitected.us-east-1.amazonaws.com or http://127.0.0.1:4599.",
                "maxRetries; lots; maxRetries must be a whole number from 0 to 100.",
                "maxRetries; 101; maxRetries must be a whole number from 0 to 100."
            })
    void badProviderConfigurationIsRefusedNamingTheKey(String key, String value, String reason) {
        Struct config = Structs.with(fixture.config(ProviderFixture.OWNER, 3), key, Structs.text(value));

        assertThat(configFailures(config)).containsExactly(tuple(key, reason));
    }

    @Test
    void keysThatBelongTogetherAreChecked() {
        assertThat(configFailures(Structs.of("region", "us-east-1", "accessKey", "111122223333")))
                .containsExactly(tuple(
                        "secretKey",
                        "secretKey is required when accessKey is set: give the secret access key that goes "
                                + "with the access key."));
        assertThat(configFailures(Structs.of("region", "us-east-1", "secretKey", "s")))
                .containsExactly(tuple(
                        "accessKey",
                        "accessKey is required when secretKey is set: give the access key ID that goes "
                                + "with the secret key."));
        assertThat(configFailures(Structs.of("region", "us-east-1", "token", "t")))
                .containsExactly(tuple(
                        "token",
                        "token is the session token of temporary credentials and needs accessKey and secretKey "
                                + "as well."));
    }

    @Test
    void aConfigurationValueOfTheWrongTypeIsRefused() {
        Struct config = Structs.with(fixture.config(ProviderFixture.OWNER, 3), "region", Structs.number(1));

        assertThat(configFailures(config)).containsExactly(tuple("region", "region must be a string, not a number."));
    }

    private List<org.assertj.core.groups.Tuple> failures(Struct news) {
        return tuples(fixture.provider.check(LifecycleScenario.check(Struct.getDefaultInstance(), news, "seed")));
    }

    private List<org.assertj.core.groups.Tuple> configFailures(Struct config) {
        return tuples(fixture.provider.checkConfig(CheckRequest.newBuilder()
                .setUrn("urn:pulumi:dev::p::pulumi:providers:wellarchitected::default")
                .setNews(config)
                .build()));
    }

    private static List<org.assertj.core.groups.Tuple> tuples(CheckResponse response) {
        assertThat(response.hasInputs()).as("refused inputs are not returned").isFalse();
        return response.getFailuresList().stream()
                .map((CheckFailure f) -> tuple(f.getProperty(), f.getReason()))
                .toList();
    }
}
