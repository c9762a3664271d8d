package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.WellArchitectedException;

/**
 * With a credentials file ({@code --credentials}), accounts are isolated: no other account, not even the one a lens is
 * shared with, can list, delete or create shares on the owner's lens, and a request signed with the wrong secret or an
 * unregistered key is refused. Each refused request leaves the emulator's state exactly as it was.
 */
class AccountIsolationTest {

    private static final String OWNER_KEY = "AKIAOWNERISOLATION01";
    private static final String OWNER_SECRET = "owner-secret-isolation";
    private static final String OTHER_KEY = "AKIAOTHERISOLATION01";
    private static final String OTHER_SECRET = "other-secret-isolation";
    private static final String RECIPIENT_SECRET = "recipient-secret-isolation";

    @TempDir
    Path directory;

    private final List<AutoCloseable> opened = new ArrayList<>();
    private EmulatorServer server;
    private WellArchitectedClient owner;
    private String lensArn;
    private String shareId;

    @BeforeEach
    void start() throws IOException {
        Path credentials = directory.resolve("credentials.json");
        Files.writeString(credentials, """
                {"credentials": [
                  {"accessKeyId": "%s", "secretAccessKey": "%s", "accountId": "%s"},
                  {"accessKeyId": "%s", "secretAccessKey": "%s", "accountId": "%s"},
                  {"accessKeyId": "%s", "secretAccessKey": "%s"}
                ]}
                """.formatted(
                        OWNER_KEY,
                        OWNER_SECRET,
                        Accounts.OWNER,
                        OTHER_KEY,
                        OTHER_SECRET,
                        Accounts.OTHER,
                        Accounts.RECIPIENT,
                        RECIPIENT_SECRET));
        server = EmulatorServer.start(new EmulatorOptions("127.0.0.1", 0, null, credentials));
        opened.add(server);
        lensArn = new ControlClient(server).seedLens(Accounts.OWNER, "Isolated lens", true);
        owner = client(OWNER_KEY, OWNER_SECRET);
        shareId = owner.createLensShare(
                        r -> r.lensAlias(lensArn).sharedWith(Accounts.RECIPIENT).clientRequestToken("isolation-share"))
                .shareId();
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    void anotherAccountCannotListDeleteOrCreateSharesOnTheOwnersLens() {
        WellArchitectedClient other = client(OTHER_KEY, OTHER_SECRET);

        assertRefusedUnchanged(() -> other.listLensShares(r -> r.lensAlias(lensArn)), 403, 404);
        assertRefusedUnchanged(
                () -> other.deleteLensShare(
                        r -> r.lensAlias(lensArn).shareId(shareId).clientRequestToken("other-delete")),
                403,
                404);
        assertRefusedUnchanged(
                () -> other.createLensShare(
                        r -> r.lensAlias(lensArn).sharedWith("210987654321").clientRequestToken("other-create")),
                403,
                404);
    }

    @Test
    void theAccountALensIsSharedWithCannotListDeleteOrCreateSharesOnIt() {
        WellArchitectedClient recipient = client(Accounts.RECIPIENT, RECIPIENT_SECRET);

        assertRefusedUnchanged(() -> recipient.listLensShares(r -> r.lensAlias(lensArn)), 403, 404);
        assertRefusedUnchanged(
                () -> recipient.deleteLensShare(
                        r -> r.lensAlias(lensArn).shareId(shareId).clientRequestToken("recipient-delete")),
                403,
                404);
        assertRefusedUnchanged(
                () -> recipient.createLensShare(
                        r -> r.lensAlias(lensArn).sharedWith("210987654321").clientRequestToken("recipient-create")),
                403,
                404);
    }

    @Test
    void theOwnersKeySignedWithAnotherAccountsSecretIsAnInvalidSignature() {
        WellArchitectedClient forged = client(OWNER_KEY, OTHER_SECRET);

        WellArchitectedException refused = assertRefusedUnchanged(
                () -> forged.createLensShare(
                        r -> r.lensAlias(lensArn).sharedWith("210987654321").clientRequestToken("forged-create")),
                403);
        assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
        assertRefusedUnchanged(
                () -> forged.deleteLensShare(
                        r -> r.lensAlias(lensArn).shareId(shareId).clientRequestToken("forged-delete")),
                403);
    }

    @Test
    void aTwelveDigitAccessKeyThatIsNotInTheCredentialsFileIsUnrecognized() {
        // Without a credentials file a 12-digit key acts as that account; with one, only registered keys do.
        WellArchitectedClient unregistered = client(Accounts.OWNER, OWNER_SECRET);

        WellArchitectedException refused = assertRefusedUnchanged(
                () -> unregistered.createLensShare(
                        r -> r.lensAlias(lensArn).sharedWith("210987654321").clientRequestToken("unregistered-create")),
                403);
        assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
        assertRefusedUnchanged(() -> unregistered.listLensShares(r -> r.lensAlias(lensArn)), 403);
    }

    @Test
    void anUnsignedDeleteIsRefused() throws IOException {
        String before = state();
        String path = "/lenses/" + URLEncoder.encode(lensArn, StandardCharsets.UTF_8) + "/shares/" + shareId
                + "?ClientRequestToken=unsigned-delete";
        RawHttp.Response response;
        try (RawHttp http = new RawHttp(server)) {
            response = http.exchange("DELETE " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        }

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorType()).isEqualTo("MissingAuthenticationTokenException");
        assertThat(state()).isEqualTo(before);
    }

    private WellArchitectedException assertRefusedUnchanged(Executable call, Integer... statuses) {
        String before = state();
        WellArchitectedException[] refused = new WellArchitectedException[1];
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(WellArchitectedException.class, e -> {
            assertThat(e.statusCode())
                    .as("status of %s", e.awsErrorDetails().errorCode())
                    .isIn((Object[]) statuses);
            refused[0] = e;
        });
        assertThat(state()).as("state after a refused request").isEqualTo(before);
        return refused[0];
    }

    /** The state without the emulator's clock reading, which moves on by itself. */
    private String state() {
        JsonObject state = new ControlClient(server).get("state").json();
        state.remove("now");
        return state.toString();
    }

    private WellArchitectedClient client(String accessKey, String secret) {
        WellArchitectedClient client = Accounts.client(server, accessKey, secret, Accounts.REGION);
        opened.add(client);
        return client;
    }
}
