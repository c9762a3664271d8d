package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/** The control API token: required beyond loopback, enforced whenever given, never needed by the AWS API. */
class ControlTokenTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = "s3cr3t-control-token";

    private static HttpResponse<String> post(EmulatorServer server, String action, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        server.endpoint().resolve(URI.create("/_emulator/" + action)))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"accountId\":\"111122223333\",\"region\":\"us-east-1\",\"name\":\"Lens\"}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static EmulatorServer startWithToken() throws IOException {
        return EmulatorServer.start(new EmulatorOptions("127.0.0.1", 0, null, null, TOKEN));
    }

    @Test
    void beyondLoopbackItRefusesToStartWithoutAToken() {
        assertThatThrownBy(() -> EmulatorServer.start(new EmulatorOptions("0.0.0.0", 0, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host 0.0.0.0")
                .hasMessageContaining("EMULATOR_CONTROL_TOKEN");
    }

    @Test
    void controlRequestWithoutTheTokenIsUnauthorizedAndChangesNothing() throws Exception {
        try (EmulatorServer server = startWithToken()) {
            HttpResponse<String> response = post(server, "lenses", null);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(response.body()).contains("Authorization: Bearer");
            assertThat(post(server, "reset", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
            assertThat(HTTP.send(
                                    HttpRequest.newBuilder(server.endpoint().resolve("/_emulator/state"))
                                            .header("Authorization", "Bearer " + TOKEN)
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body())
                    .contains("\"lenses\":[]");
        }
    }

    @Test
    void controlRequestWithAWrongTokenIsForbiddenWithoutEchoingIt() throws Exception {
        try (EmulatorServer server = startWithToken()) {
            HttpResponse<String> wrong = post(server, "lenses", "Bearer guessed-token");
            HttpResponse<String> otherScheme = post(server, "lenses", "Basic " + TOKEN);

            assertThat(wrong.statusCode()).isEqualTo(403);
            assertThat(wrong.body()).doesNotContain("guessed-token").doesNotContain(TOKEN);
            assertThat(otherScheme.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void controlRequestWithTheTokenIsServed() throws Exception {
        try (EmulatorServer server = startWithToken()) {
            HttpResponse<String> seeded = post(server, "lenses", "Bearer " + TOKEN);

            assertThat(seeded.statusCode()).isEqualTo(200);
            assertThat(seeded.body()).contains("\"LensArn\"");
        }
    }

    @Test
    void healthAndTheAwsApiNeedNoControlToken() throws Exception {
        try (EmulatorServer server = startWithToken();
                WellArchitectedClient owner = Accounts.client(server, Accounts.OWNER)) {
            HttpResponse<String> health = HTTP.send(
                    HttpRequest.newBuilder(server.endpoint().resolve("/_emulator/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(owner.listLenses(r -> {}).lensSummaries()).hasSize(3);
        }
    }

    @Test
    void onLoopbackWithoutATokenTheControlApiIsOpen() throws Exception {
        try (EmulatorServer server = EmulatorServer.start(EmulatorOptions.ephemeral())) {
            assertThat(post(server, "lenses", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void tokenComesFromTheEnvironmentOrTheFlagAndNeverShowsInTheOptions() {
        EmulatorOptions fromEnvironment = EmulatorMain.parse(new String[] {"--host", "0.0.0.0"}, TOKEN);
        EmulatorOptions fromFlag = EmulatorMain.parse(new String[] {"--control-token", "flag-token"}, TOKEN);

        assertThat(fromEnvironment.controlToken()).isEqualTo(TOKEN);
        assertThat(fromFlag.controlToken()).isEqualTo("flag-token");
        assertThat(EmulatorMain.parse(new String[] {}, "").controlToken()).isNull();
        assertThat(fromEnvironment.toString()).doesNotContain(TOKEN).contains("redacted");
        assertThatThrownBy(() -> EmulatorMain.parse(new String[] {"--control-token", " "}, null))
                .hasMessage("--control-token must not be empty");
    }
}
