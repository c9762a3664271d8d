package com.pulumi.wellarchitected.provider.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.wellarchitected.emulator.model.Identifiers;
import com.pulumi.wellarchitected.emulator.model.SharePrincipal;
import com.pulumi.wellarchitected.provider.config.ProviderConfigReader;
import com.pulumi.wellarchitected.provider.config.ProviderConfigReader.InvalidConfigException;
import com.pulumi.wellarchitected.provider.lensshare.InvalidValueException;
import com.pulumi.wellarchitected.provider.lensshare.LensArn;
import com.pulumi.wellarchitected.provider.lensshare.SharedWith;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The provider and the emulator check the same identifiers: fed the same canonical values, the provider accepts
 * exactly those the emulator (standing in for AWS) accepts, so that Check refuses what AWS would refuse and nothing
 * AWS takes.
 */
class ValidationAgreementTest {

    @ParameterizedTest(name = "sharedWith {0}")
    @ValueSource(
            strings = {
                "444455556666",
                "44445555666",
                "4444555566667",
                "o-abcdefghij",
                "o-abcdefghi",
                "o-" + "a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4",
                "o-" + "a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e",
                "ou-abcd-abcdefgh",
                "ou-abc-abcdefgh",
                "ou-abcd-abcdefg",
                "arn:aws:iam::444455556666:user/alice",
                "arn:aws:iam::444455556666:user/division/team/alice",
                "arn:aws:iam::444455556666:user/alice+ops@example.com",
                "arn:aws:iam::444455556666:user/",
                "arn:aws:iam::44445555666:user/alice",
                "arn:aws:iam::444455556666:role/alice",
                "arn:aws:iam::444455556666:user/al ice",
                "p-abcdefghij"
            })
    void principals(String sharedWith) {
        boolean emulator = SharePrincipal.parse(sharedWith).isPresent();
        boolean provider = accepts(text -> SharedWith.parse(text).value(), sharedWith);

        assertThat(provider).as("the provider accepts " + sharedWith).isEqualTo(emulator);
    }

    @ParameterizedTest(name = "lens {0}")
    @ValueSource(
            strings = {
                "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef",
                "arn:aws:wellarchitected:eu-central-2:111122223333:lens/0123456789abcdef0123456789abcdef",
                "arn:aws:wellarchitected:us-east-1:11112222333:lens/0123456789abcdef0123456789abcdef",
                "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcde",
                "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdeg",
                "arn:aws:wellarchitected:us-east-1::lens/serverless",
                "arn:aws:wellarchitected:us-east-1:111122223333:workload/0123456789abcdef0123456789abcdef",
                "serverless"
            })
    void customLensArns(String arn) {
        String region = arn.startsWith("arn:") ? arn.split(":", -1)[3] : "us-east-1";
        boolean emulator = Identifiers.isCustomLensArn(arn, region);
        boolean provider = accepts(text -> LensArn.parse(text).toString(), arn);

        assertThat(provider).as("the provider accepts " + arn).isEqualTo(emulator);
    }

    @ParameterizedTest(name = "region {0}")
    @ValueSource(
            strings = {
                "us-east-1",
                "eu-central-2",
                "us-gov-west-1",
                "ap-southeast-10",
                "us-east-123",
                "us-east",
                "useast-1",
                "US-EAST-1",
                "u-east-1"
            })
    void regions(String region) {
        boolean emulator = Identifiers.isRegion(region);
        boolean provider = accepts(
                text -> {
                    try {
                        return new ProviderConfigReader(Map.of(), profile -> Optional.empty())
                                .resolve(PropertyMap.builder()
                                        .put("region", text)
                                        .put("accessKey", "111122223333")
                                        .put("secretKey", "secret")
                                        .build())
                                .region();
                    } catch (InvalidConfigException e) {
                        throw new InvalidValueException(e.getMessage());
                    }
                },
                region);
        boolean inLensArn = accepts(
                text -> LensArn.parse(text).toString(),
                "arn:aws:wellarchitected:" + region + ":111122223333:lens/0123456789abcdef0123456789abcdef");

        assertThat(provider)
                .as("the provider's configuration accepts " + region)
                .isEqualTo(emulator);
        assertThat(inLensArn).as("the provider accepts a lens ARN in " + region).isEqualTo(emulator);
    }

    /** Whether the rule accepts the text as it is: a value it has to rewrite is not in the canonical form. */
    private static boolean accepts(Function<String, String> rule, String text) {
        try {
            return rule.apply(text).equals(text);
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
