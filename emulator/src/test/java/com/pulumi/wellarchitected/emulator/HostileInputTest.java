package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed, oversized and malicious requests always get a modelled 4xx with a request ID, never a 500. */
class HostileInputTest {
    private static final String LENS =
            "arn%3Aaws%3Awellarchitected%3Aus-east-1%3A111122223333%3Alens%2F" + "0123456789abcdef0123456789abcdef";

    private EmulatorServer server;

    @BeforeEach
    void start() throws IOException {
        server = EmulatorServer.start(EmulatorOptions.ephemeral());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RawHttp.Response send(String request) throws IOException {
        try (RawHttp http = new RawHttp(server)) {
            return http.exchange(request);
        }
    }

    private static void assertModelled(RawHttp.Response response, int status, String errorType) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.errorType()).isEqualTo(errorType);
        assertThat(response.json().get("__type").getAsString()).isEqualTo(errorType);
        assertThat(response.json().get("Message").getAsString()).isNotBlank();
        assertThat(response.header("x-amzn-RequestId")).isNotBlank();
        assertThat(response.body()).doesNotContain("at com.", "Exception:", "\tat ");
    }

    private static void assertCannotParse(RawHttp.Response response) {
        assertModelled(response, 400, "ValidationException");
        assertThat(response.json().get("Reason").getAsString()).isEqualTo("CANNOT_PARSE");
    }

    @Test
    void unknownRouteIsAnUnknownOperation() throws IOException {
        assertModelled(send(RawHttp.request("GET", "/workloads", null)), 404, "UnknownOperationException");
        assertModelled(send(RawHttp.request("PUT", "/lenses", "{}")), 404, "UnknownOperationException");
        assertModelled(send(RawHttp.request("GET", "/lenses/../importLens", null)), 404, "UnknownOperationException");
    }

    @Test
    void requestWithoutAuthorizationIsRefused() throws IOException {
        assertModelled(
                send("GET /lenses HTTP/1.1\r\nHost: localhost\r\n\r\n"), 403, "MissingAuthenticationTokenException");
    }

    @Test
    void malformedAuthorizationIsIncomplete() throws IOException {
        assertModelled(
                send("GET /lenses HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer abc\r\n\r\n"),
                400,
                "IncompleteSignatureException");
        assertModelled(send("""
                        GET /lenses HTTP/1.1\r
                        Host: localhost\r
                        Authorization: AWS4-HMAC-SHA256 Credential=abc, SignedHeaders=host, Signature=1\r
                        \r
                        """), 400, "IncompleteSignatureException");
    }

    @Test
    void credentialScopedToAnotherServiceIsRefused() throws IOException {
        assertModelled(
                send(
                        "GET /lenses HTTP/1.1\r\nHost: localhost\r\nAuthorization: AWS4-HMAC-SHA256 "
                                + "Credential=111122223333/20240101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=1\r\n\r\n"),
                403,
                "InvalidSignatureException");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{not json",
                "[1,2]",
                "\"text\"",
                "{\"SharedWith\":\"444455556666\"} extra",
                "{'a':1}",
                "{\"a\":NaN}"
            })
    void malformedJsonBodyCannotBeParsed(String body) throws IOException {
        assertCannotParse(send(RawHttp.request("POST", "/lenses/" + LENS + "/shares", body)));
    }

    @Test
    void wrongJsonTypeNamesTheMember() throws IOException {
        RawHttp.Response response = send(RawHttp.request(
                "POST",
                "/lenses/" + LENS + "/shares",
                "{\"SharedWith\": 444455556666, \"ClientRequestToken\": \"t\"}"));

        assertCannotParse(response);
        assertThat(response.json()
                        .getAsJsonArray("Fields")
                        .get(0)
                        .getAsJsonObject()
                        .get("Name")
                        .getAsString())
                .isEqualTo("SharedWith");
    }

    @Test
    void bodyThatIsNotUtf8CannotBeParsed() throws IOException {
        try (RawHttp http = new RawHttp(server)) {
            byte[] head = ("POST /lenses/" + LENS + "/shares HTTP/1.1\r\nHost: localhost\r\n" + RawHttp.SIGNED
                            + "Content-Length: 4\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            http.send(head);
            http.send(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
            assertCannotParse(http.read());
        }
    }

    @Test
    void oversizedBodyIsRefusedUnread() throws IOException {
        String head =
                "PUT /importLens HTTP/1.1\r\nHost: localhost\r\n" + RawHttp.SIGNED + "Content-Length: 5000000\r\n\r\n";

        assertCannotParse(send(head + "{"));
    }

    @Test
    void oversizedChunkedBodyIsRefused() throws IOException {
        try (RawHttp http = new RawHttp(server)) {
            http.send(("PUT /importLens HTTP/1.1\r\nHost: localhost\r\n" + RawHttp.SIGNED
                            + "Transfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = ("100000\r\n" + "x".repeat(0x100000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            http.send(chunk);
            http.send("10\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertCannotParse(http.read());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"%zz", "%E0%A4%A", "%C3%28", "%", "abc%2"})
    void badPercentEncodingInALabelCannotBeParsed(String label) throws IOException {
        RawHttp.Response response = send(RawHttp.request("GET", "/lenses/" + label + "/shares", null));

        assertCannotParse(response);
        assertThat(response.json()
                        .getAsJsonArray("Fields")
                        .get(0)
                        .getAsJsonObject()
                        .get("Name")
                        .getAsString())
                .isEqualTo("LensAlias");
    }

    @Test
    void badPercentEncodingInTheQueryCannotBeParsed() throws IOException {
        assertCannotParse(send(RawHttp.request("GET", "/lenses?NextToken=%zz", null)));
    }

    @Test
    void rawNonAsciiInThePathCannotBeParsed() throws IOException {
        assertCannotParse(send(RawHttp.request("GET", "/lenses/caf\u00e9/shares", null)));
    }

    @Test
    void pathTraversalInALabelIsJustAnUnknownLens() throws IOException {
        RawHttp.Response response = send(RawHttp.request("GET", "/lenses/..%2F..%2Fetc%2Fpasswd/shares", null));

        assertModelled(response, 404, "ResourceNotFoundException");
        assertThat(response.json().get("ResourceId").getAsString()).isEqualTo("../../etc/passwd");
    }

    @Test
    void hugeQueryStringCannotBeParsed() throws IOException {
        assertCannotParse(send(RawHttp.request("GET", "/lenses?LensName=" + "a".repeat(20_000), null)));
    }

    @Test
    void requestLineBeyondItsLimitCannotBeParsed() throws IOException {
        assertCannotParse(send(RawHttp.request("GET", "/lenses?LensName=" + "a".repeat(40_000), null)));
    }

    @Test
    void repeatedScalarQueryMemberCannotBeParsed() throws IOException {
        assertCannotParse(send(RawHttp.request("GET", "/lenses?MaxResults=1&MaxResults=2", null)));
    }

    @Test
    void nonNumericMaxResultsCannotBeParsed() throws IOException {
        RawHttp.Response response = send(RawHttp.request("GET", "/lenses?MaxResults=ten", null));

        assertCannotParse(response);
        assertThat(response.json()
                        .getAsJsonArray("Fields")
                        .get(0)
                        .getAsJsonObject()
                        .get("Name")
                        .getAsString())
                .isEqualTo("MaxResults");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GARBAGE\r\n\r\n",
                "GET\r\n\r\n",
                "GET /lenses HTTP/2.0\r\n\r\n",
                "GET /lenses HTTP/1.1\r\nNo colon here\r\n\r\n",
                "GET lenses HTTP/1.1\r\n\r\n",
                "POST /importLens HTTP/1.1\r\nContent-Length: abc\r\n\r\n"
            })
    void malformedHttpGetsAModelledError(String request) throws IOException {
        assertCannotParse(send(request));
    }

    @Test
    void tooManyHeadersGetAModelledError() throws IOException {
        StringBuilder request = new StringBuilder("GET /lenses HTTP/1.1\r\n");
        for (int i = 0; i < 200; i++) {
            request.append("X-Filler-").append(i).append(": x\r\n");
        }
        assertCannotParse(send(request.append("\r\n").toString()));
    }

    @Test
    void connectionServesManyRequestsInTurn() throws IOException {
        try (RawHttp http = new RawHttp(server)) {
            for (int i = 0; i < 3; i++) {
                assertThat(http.exchange(RawHttp.request("GET", "/lenses", null))
                                .status())
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void chunkedBodyIsRead() throws IOException {
        String body = "{\"OrganizationSharingStatus\":\"ENABLED\"}";
        try (RawHttp http = new RawHttp(server)) {
            RawHttp.Response response = http.exchange("PATCH /global-settings HTTP/1.1\r\nHost: localhost\r\n"
                    + RawHttp.SIGNED + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(10) + "\r\n"
                    + body.substring(0, 10) + "\r\n" + Integer.toHexString(body.length() - 10) + "\r\n"
                    + body.substring(10) + "\r\n0\r\n\r\n");
            assertThat(response.status()).isEqualTo(200);
            assertThat(http.exchange(RawHttp.request("GET", "/global-settings", null))
                            .json()
                            .get("OrganizationSharingStatus")
                            .getAsString())
                    .isEqualTo("ENABLED");
        }
    }

    @Test
    void expectContinueIsHonoured() throws IOException {
        String body = "{\"OrganizationSharingStatus\":\"ENABLED\"}";
        try (RawHttp http = new RawHttp(server)) {
            http.send(("PATCH /global-settings HTTP/1.1\r\nHost: localhost\r\n" + RawHttp.SIGNED
                            + "Expect: 100-continue\r\nContent-Length: " + body.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertThat(http.read().status()).isEqualTo(100);
            http.send(body.getBytes(StandardCharsets.ISO_8859_1));
            assertThat(http.read().status()).isEqualTo(200);
        }
    }

    @Test
    void successfulResponsesCarryARequestIdAndJson() throws IOException {
        RawHttp.Response response = send(RawHttp.request("GET", "/lenses", null));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("x-amzn-RequestId")).isNotBlank();
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.json().getAsJsonArray("LensSummaries")).isNotEmpty();
    }
}
