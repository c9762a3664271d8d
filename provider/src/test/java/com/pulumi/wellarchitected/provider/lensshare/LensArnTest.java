package com.pulumi.wellarchitected.provider.lensshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LensArnTest {

    private static final String CANONICAL =
            "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";
    private static final String OFFICIAL = "this is an AWS official lens, and AWS official lenses cannot be shared: "
            + "give the ARN of a custom lens you own, "
            + "arn:aws:wellarchitected:<region>:<account ID>:lens/<32 hex characters>.";
    private static final String MALFORMED = "this is not the ARN of a custom lens: give the ARN of a custom lens you "
            + "own, arn:aws:wellarchitected:<region>:<account ID>:lens/<32 hex characters>.";

    @ParameterizedTest
    @ValueSource(
            strings = {
                CANONICAL,
                "  arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef\t",
                "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789ABCDEF0123456789ABCDEF",
                "ARN:AWS:WELLARCHITECTED:US-EAST-1:111122223333:LENS/0123456789ABCDEF0123456789ABCDEF"
            })
    void equivalentSpellingsNormaliseToTheCanonicalArn(String spelling) {
        assertThat(LensArn.parse(spelling).toString()).isEqualTo(CANONICAL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "serverless",
                "wellarchitected",
                "Serverless",
                "arn:aws:wellarchitected:us-east-1::lens/serverless",
                "arn:aws:wellarchitected:eu-west-1::lens/wellarchitected"
            })
    void officialLensesAreRefusedWithTheReason(String official) {
        assertThatThrownBy(() -> LensArn.parse(official))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(OFFICIAL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123",
                "arn:aws:wellarchitected:us-east-1:11112222333:lens/0123456789abcdef0123456789abcdef",
                "arn:aws:wellarchitected:us-east-1:111122223333:workload/0123456789abcdef0123456789abcdef",
                "arn:aws:iam::111122223333:user/alice",
                "arn:aws:wellarchitected:useast1:111122223333:lens/0123456789abcdef0123456789abcdef",
                "0123456789abcdef0123456789abcdefX",
                "abcdef0123456789abcdef0123456789",
                "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcde\u0130"
            })
    void anythingElseIsRefusedSayingWhatIsAccepted(String text) {
        assertThatThrownBy(() -> LensArn.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws", "aws-cn", "aws-us-gov"})
    void everyPartitionIsAccepted(String partition) {
        LensArn lens = LensArn.parse("arn:" + partition + ":wellarchitected:us-gov-west-1:111122223333:lens/"
                + "0123456789abcdef0123456789abcdef");
        assertThat(lens.partition()).isEqualTo(partition);
        assertThat(lens.region()).isEqualTo("us-gov-west-1");
        assertThat(lens.accountId()).isEqualTo("111122223333");
    }
}
