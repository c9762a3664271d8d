package com.pulumi.wellarchitected.provider.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.wellarchitected.provider.property.CheckFailure;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderConfigReaderTest {

    private static final String ENDPOINT_SENTENCE = "endpoint must be an absolute http or https URL such as "
            + "https://wellarchitected.us-east-1.amazonaws.com or http://127.0.0.1:4599.";

    private final ProviderConfigReader noEnvironment = new ProviderConfigReader(Map.of(), profile -> Optional.empty());

    @Test
    void aCompleteConfigurationResolvesAsGiven() {
        ProviderConfig config = noEnvironment.resolve(PropertyMap.builder()
                .put("region", "eu-west-1")
                .put("accessKey", "AKID")
                .put("secretKey", "SECRET")
                .put("token", "TOKEN")
                .put("endpoint", "http://127.0.0.1:4599")
                .put("maxRetries", "3")
                .put("profile", "ops")
                .build());

        assertThat(config)
                .isEqualTo(new ProviderConfig(
                        "eu-west-1",
                        Optional.of("ops"),
                        Optional.of(new StaticCredentials("AKID", "SECRET", Optional.of("TOKEN"))),
                        Optional.of(URI.create("http://127.0.0.1:4599")),
                        3));
    }

    @Test
    void theEnvironmentFillsWhatTheConfigurationLeavesOut() {
        ProviderConfigReader reader = new ProviderConfigReader(
                Map.of(
                        "AWS_DEFAULT_REGION",
                        "ap-south-1",
                        "AWS_ACCESS_KEY_ID",
                        "ENVKEY",
                        "AWS_SECRET_ACCESS_KEY",
                        "ENVSECRET",
                        "AWS_SESSION_TOKEN",
                        "ENVTOKEN",
                        "AWS_ENDPOINT_URL",
                        "http://localhost:1",
                        "AWS_MAX_ATTEMPTS",
                        "4",
                        "AWS_PROFILE",
                        "envprofile"),
                profile -> Optional.empty());

        assertThat(reader.resolve(PropertyMap.empty()))
                .isEqualTo(new ProviderConfig(
                        "ap-south-1",
                        Optional.of("envprofile"),
                        Optional.of(new StaticCredentials("ENVKEY", "ENVSECRET", Optional.of("ENVTOKEN"))),
                        Optional.of(URI.create("http://localhost:1")),
                        3));
    }

    @Test
    void configurationWinsOverTheEnvironmentAndTheServiceSpecificEndpointOverTheGeneralOne() {
        ProviderConfigReader reader = new ProviderConfigReader(
                Map.of(
                        "AWS_REGION",
                        "us-west-2",
                        "AWS_DEFAULT_REGION",
                        "ap-south-1",
                        "AWS_ENDPOINT_URL",
                        "http://general:1",
                        "AWS_ENDPOINT_URL_WELLARCHITECTED",
                        "http://specific:2",
                        "AWS_ACCESS_KEY_ID",
                        "ENVKEY",
                        "AWS_SECRET_ACCESS_KEY",
                        "ENVSECRET"),
                profile -> Optional.empty());

        ProviderConfig fromEnvironment = reader.resolve(PropertyMap.empty());
        assertThat(fromEnvironment.region()).isEqualTo("us-west-2");
        assertThat(fromEnvironment.endpoint()).contains(URI.create("http://specific:2"));

        ProviderConfig configured = reader.resolve(PropertyMap.builder()
                .put("region", "eu-north-1")
                .put("accessKey", "CFGKEY")
                .put("secretKey", "CFGSECRET")
                .build());
        assertThat(configured.region()).isEqualTo("eu-north-1");
        assertThat(configured.credentials()).contains(new StaticCredentials("CFGKEY", "CFGSECRET", Optional.empty()));
    }

    @Test
    void theRegionFallsBackToTheProfile() {
        ProviderConfigReader reader = new ProviderConfigReader(
                Map.of(), profile -> profile.equals("ops") ? Optional.of("sa-east-1") : Optional.empty());

        assertThat(reader.resolve(PropertyMap.builder().put("profile", "ops").build())
                        .region())
                .isEqualTo("sa-east-1");
        assertThat(reader.resolve(PropertyMap.builder().put("profile", "ops").build())
                        .credentials())
                .isEmpty();
    }

    @Test
    void maxRetriesDefaultsToTen() {
        assertThat(noEnvironment
                        .resolve(
                                PropertyMap.builder().put("region", "us-east-1").build())
                        .maxRetries())
                .isEqualTo(10);
    }

    @Test
    void maxRetriesIsAcceptedAsANumberOrAsText() {
        assertThat(noEnvironment
                        .resolve(PropertyMap.builder()
                                .put("region", "us-east-1")
                                .put("maxRetries", new PropertyValue.Numeric(7))
                                .build())
                        .maxRetries())
                .isEqualTo(7);
        assertThat(noEnvironment
                        .resolve(PropertyMap.builder()
                                .put("region", "us-east-1")
                                .put("maxRetries", " 0 ")
                                .build())
                        .maxRetries())
                .isZero();
    }

    @Test
    void checkConfigMarksTheSecretKeysSecretAndKeepsTheRest() {
        CheckResult result = noEnvironment.check(PropertyMap.builder()
                .put("region", "us-east-1")
                .put("accessKey", "AKID")
                .put("secretKey", "SECRET")
                .put("token", "TOKEN")
                .put("version", "0.1.0")
                .build());

        assertThat(result.failures()).isEmpty();
        assertThat(result.inputs().secretKeys()).containsExactlyInAnyOrder("secretKey", "token");
        assertThat(result.inputs().text("version")).contains("0.1.0");
        assertThat(result.inputs().text("secretKey")).contains("SECRET");
    }

    @Test
    void checkConfigLetsUnknownValuesThrough() {
        CheckResult result = noEnvironment.check(PropertyMap.builder()
                .put("region", PropertyValue.UNKNOWN)
                .put("accessKey", PropertyValue.UNKNOWN)
                .put("secretKey", PropertyValue.UNKNOWN)
                .build());

        assertThat(result.failures()).isEmpty();
    }

    @Test
    void aMissingRegionNamesWhereARegionCanBeSet() {
        assertThat(noEnvironment.check(PropertyMap.empty()).failures())
                .containsExactly(new CheckFailure(
                        "region",
                        "region is not set: set wellarchitected:region, or AWS_REGION or AWS_DEFAULT_REGION, or a region in "
                                + "the AWS profile."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us_east_1", "useast1", "us-east", "Virginia", "us-east-1a"})
    void aMalformedRegionIsRefused(String region) {
        assertThat(noEnvironment
                        .check(PropertyMap.builder().put("region", region).build())
                        .failures())
                .containsExactly(new CheckFailure("region", "region must be an AWS Region code such as us-east-1."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:4599", "ftp://host", "http://", "not a url", "/relative/path"})
    void aMalformedEndpointIsRefused(String endpoint) {
        assertThat(noEnvironment
                        .check(config("endpoint", PropertyValue.text(endpoint)))
                        .failures())
                .containsExactly(new CheckFailure("endpoint", ENDPOINT_SENTENCE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "101", "2.5", "ten", "99999999999"})
    void aMaxRetriesOutOfRangeIsRefused(String maxRetries) {
        assertThat(noEnvironment
                        .check(config("maxRetries", PropertyValue.text(maxRetries)))
                        .failures())
                .containsExactly(new CheckFailure("maxRetries", "maxRetries must be a whole number from 0 to 100."));
    }

    @Test
    void aFractionalNumberOfRetriesIsRefused() {
        assertThat(noEnvironment
                        .check(config("maxRetries", new PropertyValue.Numeric(1.5)))
                        .failures())
                .containsExactly(new CheckFailure("maxRetries", "maxRetries must be a whole number from 0 to 100."));
    }

    @Test
    void aMalformedAwsMaxAttemptsIsRefused() {
        ProviderConfigReader reader = new ProviderConfigReader(Map.of("AWS_MAX_ATTEMPTS", "0"), p -> Optional.empty());

        assertThat(reader.check(PropertyMap.builder().put("region", "us-east-1").build())
                        .failures())
                .containsExactly(new CheckFailure(
                        "maxRetries",
                        "maxRetries is not set and AWS_MAX_ATTEMPTS is not a whole number from 1 to 101."));
    }

    @Test
    void anAccessKeyNeedsASecretKey() {
        assertThat(noEnvironment
                        .check(config("accessKey", PropertyValue.text("AKID")))
                        .failures())
                .containsExactly(new CheckFailure(
                        "secretKey",
                        "secretKey is required when accessKey is set: give the "
                                + "secret access key that goes with the access key."));
    }

    @Test
    void aSecretKeyNeedsAnAccessKey() {
        assertThat(noEnvironment
                        .check(config("secretKey", PropertyValue.text("SECRET")))
                        .failures())
                .containsExactly(new CheckFailure(
                        "accessKey",
                        "accessKey is required when secretKey is set: give the "
                                + "access key ID that goes with the secret key."));
    }

    @Test
    void aTokenNeedsTheKeyPair() {
        assertThat(noEnvironment
                        .check(config("token", PropertyValue.text("TOKEN")))
                        .failures())
                .containsExactly(new CheckFailure(
                        "token",
                        "token is the session token of temporary credentials and "
                                + "needs accessKey and secretKey as well."));
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheKey() {
        assertThat(noEnvironment
                        .check(config("profile", new PropertyValue.Flag(true)))
                        .failures())
                .containsExactly(new CheckFailure("profile", "profile must be a string, not a boolean."));
    }

    @Test
    void configureRefusesAnInvalidConfigurationNamingEveryKey() {
        assertThatThrownBy(() -> noEnvironment.resolve(PropertyMap.builder()
                        .put("region", "nowhere")
                        .put("maxRetries", "-2")
                        .build()))
                .hasMessage("invalid provider configuration: region: region must be an AWS Region code such as "
                        + "us-east-1. maxRetries: maxRetries must be a whole number from 0 to 100.");
    }

    @Test
    void theTextOfAConfigurationNeverShowsTheSecrets() {
        ProviderConfig config = noEnvironment.resolve(PropertyMap.builder()
                .put("region", "us-east-1")
                .put("accessKey", "AKID")
                .put("secretKey", "S3CR3T-VALUE")
                .put("token", "T0K3N-VALUE")
                .build());

        assertThat(config.toString())
                .contains("AKID")
                .doesNotContain("S3CR3T-VALUE")
                .doesNotContain("T0K3N-VALUE");
    }

    private static PropertyMap config(String key, PropertyValue value) {
        return PropertyMap.builder().put("region", "us-east-1").put(key, value).build();
    }
}
