package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.LensSummary;
import software.amazon.awssdk.services.wellarchitected.model.LensType;
import software.amazon.awssdk.services.wellarchitected.model.WellArchitectedException;

/** Accounts come from access keys; with a credentials file, signatures are verified with the SDK's own signer. */
class AuthenticationTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @TempDir
    Path directory;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    private EmulatorServer start(Path credentials) throws IOException {
        EmulatorServer server = EmulatorServer.start(new EmulatorOptions("127.0.0.1", 0, null, credentials));
        opened.add(server);
        return server;
    }

    private WellArchitectedClient client(EmulatorServer server, String accessKey, String secret, Region region) {
        WellArchitectedClient client = Accounts.client(server, accessKey, secret, region);
        opened.add(client);
        return client;
    }

    private Path credentialsFile() throws IOException {
        Path file = directory.resolve("credentials.json");
        Files.writeString(file, """
                {"credentials": [
                  {"accessKeyId": "AKIAOWNER0000000000", "secretAccessKey": "%s", "accountId": "111122223333"},
                  {"accessKeyId": "444455556666", "secretAccessKey": "recipient-secret"}
                ]}
                """.formatted(SECRET));
        return file;
    }

    private static List<String> customLensOwners(WellArchitectedClient client) {
        return client.listLenses(r -> r.lensType(LensType.CUSTOM_SELF)).lensSummaries().stream()
                .map(LensSummary::owner)
                .toList();
    }

    @Test
    void twelveDigitAccessKeyIsThatAccount() throws IOException {
        EmulatorServer server = start(null);
        new ControlClient(server).seedLens("444455556666", "Lens", true);

        assertThat(customLensOwners(client(server, "444455556666", "any", Region.US_EAST_1)))
                .containsExactly("444455556666");
    }

    @Test
    void otherAccessKeysAreTheDefaultAccount() throws IOException {
        EmulatorServer server = start(null);
        new ControlClient(server).seedLens("000000000000", "Lens", true);

        assertThat(customLensOwners(client(server, "AKIAIOSFODNN7EXAMPLE", "any", Region.US_EAST_1)))
                .containsExactly("000000000000");
    }

    @Test
    void stateIsKeptPerRegion() throws IOException {
        EmulatorServer server = start(null);
        new ControlClient(server).seedLens(Accounts.OWNER, "Lens", true);

        assertThat(customLensOwners(client(server, Accounts.OWNER, "any", Region.US_EAST_1)))
                .hasSize(1);
        assertThat(customLensOwners(client(server, Accounts.OWNER, "any", Region.EU_WEST_1)))
                .isEmpty();
    }

    @Test
    void correctlySignedRequestIsServedForTheFilesAccount() throws IOException {
        EmulatorServer server = start(credentialsFile());
        WellArchitectedClient owner = client(server, "AKIAOWNER0000000000", SECRET, Region.US_EAST_1);

        String lensArn = owner.importLens(r -> r.jsonString(LensJson.valid("Signed"))
                        .clientRequestToken("t")
                        .tags(Map.of("k", "v")))
                .lensArn();
        owner.createLensVersion(r -> r.lensAlias(lensArn).lensVersion("1").clientRequestToken("t2"));
        owner.createLensShare(
                r -> r.lensAlias(lensArn).sharedWith("444455556666").clientRequestToken("t3"));
        owner.untagResource(r -> r.workloadArn(lensArn).tagKeys("k", "other key/with=chars"));

        assertThat(lensArn).contains(":111122223333:");
        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn).sharedWithPrefix("4444 5555/+="))
                        .lensShareSummaries())
                .isEmpty();
        WellArchitectedClient recipient = client(server, "444455556666", "recipient-secret", Region.US_EAST_1);
        assertThat(recipient.listShareInvitations(r -> {}).shareInvitationSummaries())
                .hasSize(1);
    }

    @Test
    void wrongSecretIsAnInvalidSignature() throws IOException {
        EmulatorServer server = start(credentialsFile());
        WellArchitectedClient client = client(server, "AKIAOWNER0000000000", "not-the-secret", Region.US_EAST_1);

        assertThatThrownBy(() -> client.listLenses(r -> {}))
                .isInstanceOfSatisfying(WellArchitectedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                    assertThat(e.requestId()).isNotBlank();
                });
    }

    @Test
    void unknownAccessKeyIsUnrecognized() throws IOException {
        EmulatorServer server = start(credentialsFile());
        WellArchitectedClient client = client(server, "AKIASTRANGER000000", SECRET, Region.US_EAST_1);

        assertThatThrownBy(() -> client.listLenses(r -> {}))
                .isInstanceOfSatisfying(WellArchitectedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
                });
    }

    @Test
    void tamperedRequestIsAnInvalidSignature() throws IOException {
        EmulatorServer server = start(credentialsFile());
        try (RawHttp http = new RawHttp(server)) {
            RawHttp.Response response = http.exchange("GET /lenses HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nX-Amz-Date: "
                    + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                            .withZone(java.time.ZoneOffset.UTC)
                            .format(java.time.Instant.now())
                    + "\r\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIAOWNER0000000000/"
                    + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd")
                            .withZone(java.time.ZoneOffset.UTC)
                            .format(java.time.Instant.now())
                    + "/us-east-1/wellarchitected/aws4_request, SignedHeaders=host;x-amz-date, Signature="
                    + "0".repeat(64) + "\r\n\r\n");
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.errorType()).isEqualTo("InvalidSignatureException");
        }
    }

    @Test
    void unreadableCredentialsFileStopsTheStart() throws IOException {
        Path broken = directory.resolve("broken.json");
        Files.writeString(broken, "{\"credentials\": [{\"accessKeyId\": \"x\"}]}");

        assertThatThrownBy(() -> start(broken)).isInstanceOf(IOException.class).hasMessageContaining("secretAccessKey");
        assertThatThrownBy(() -> start(directory.resolve("missing.json")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("missing.json");
    }
}
