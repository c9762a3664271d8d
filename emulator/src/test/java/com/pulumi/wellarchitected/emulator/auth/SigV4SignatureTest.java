package com.pulumi.wellarchitected.emulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** The emulator's SigV4 computation agrees with the AWS SDK's own signer on the requests the SDK signs. */
class SigV4SignatureTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final Instant SIGNED_AT = Instant.parse("2026-11-27T10:15:30Z");

    /** Signs with the SDK, then checks that the emulator computes the same signature from what goes on the wire. */
    private static void assertAgreesWithTheSdk(
            SdkHttpMethod method, String encodedPath, Map<String, List<String>> query, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder()
                .method(method)
                .protocol("http")
                .host("127.0.0.1")
                .port(4599)
                .encodedPath(encodedPath)
                .putHeader("Content-Type", "application/json")
                .putHeader("amz-sdk-request", "attempt=1;  max=4")
                .putHeader("Content-Length", Integer.toString(payload.length));
        query.forEach(unsigned::putRawQueryParameter);
        SdkHttpRequest signed = AwsV4HttpSigner.create()
                .sign(r -> r.identity(AwsCredentialsIdentity.create("AKIDEXAMPLE", SECRET))
                        .request(unsigned.build())
                        .payload(ContentStreamProvider.fromByteArray(payload))
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "wellarchitected")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
                        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(SIGNED_AT, ZoneOffset.UTC)))
                .request();

        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(signed.headers());
        headers.putIfAbsent("Host", List.of("127.0.0.1:4599"));
        String rawQuery = signed.encodedQueryParameters().orElse(null);
        SignedRequest received = new SignedRequest(method.name(), signed.encodedPath(), rawQuery, headers, payload);
        AuthorizationHeader authorization = AuthorizationHeader.parse(
                signed.firstMatchingHeader("Authorization").orElseThrow());

        String computed = SigV4Signature.compute(
                received,
                authorization,
                signed.firstMatchingHeader("X-Amz-Date").orElseThrow(),
                SECRET);

        assertThat(computed).isEqualTo(authorization.signature());
    }

    @Test
    void agreesOnAPostWithAnEncodedLensArnAndABody() {
        assertAgreesWithTheSdk(
                SdkHttpMethod.POST,
                "/lenses/arn%3Aaws%3Awellarchitected%3Aus-east-1%3A111122223333%3Alens%2F0123456789abcdef/shares",
                Map.of(),
                "{\"SharedWith\":\"444455556666\",\"ClientRequestToken\":\"t\"}");
    }

    @Test
    void agreesOnAGetWithAQueryNeedingEncoding() {
        assertAgreesWithTheSdk(
                SdkHttpMethod.GET,
                "/lenses/serverless/shares",
                Map.of(
                        "SharedWithPrefix",
                        List.of("4444 5555/+=&?"),
                        "MaxResults",
                        List.of("10"),
                        "NextToken",
                        List.of("abc~_-.")),
                "");
    }

    @Test
    void agreesOnRepeatedQueryKeys() {
        assertAgreesWithTheSdk(
                SdkHttpMethod.DELETE,
                "/tags/arn%3Aaws%3Awellarchitected%3Aus-east-1%3A1%3Alens%2Fx",
                Map.of("tagKeys", List.of("b", "a", "caf\u00e9")),
                "");
    }

    /** "/a/b/.." is left out: the SDK and botocore normalise it differently, and neither sends it. */
    @ParameterizedTest
    @ValueSource(strings = {"/a/./b/../c", "/a/b/../", "/", "/lenses"})
    void normalisesDotSegmentsLikeTheSdk(String path) {
        assertAgreesWithTheSdk(SdkHttpMethod.GET, path, Map.of(), "");
    }

    @Test
    void declaredPayloadHashThatDoesNotMatchTheBodyIsReplacedByTheBodysHash() {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("x-amz-content-sha256", List.of("0".repeat(64)));
        SignedRequest request = new SignedRequest("POST", "/", null, headers, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(SigV4Signature.payloadHash(request))
                .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    }

    @Test
    void unsignedPayloadIsAccepted() {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("x-amz-content-sha256", List.of("UNSIGNED-PAYLOAD"));
        SignedRequest request = new SignedRequest("POST", "/", null, headers, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(SigV4Signature.payloadHash(request)).isEqualTo("UNSIGNED-PAYLOAD");
    }
}
