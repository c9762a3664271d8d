package com.pulumi.wellarchitected.e2e;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.wellarchitected.emulator.EmulatorOptions;
import com.pulumi.wellarchitected.emulator.EmulatorServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/**
 * The local Well-Architected emulator, in process, seen two ways: through its control API (seed, state, metrics) and
 * as the AWS SDK sees it, for the out-of-band changes a person would make with the AWS CLI.
 */
public final class Emulator implements AutoCloseable {

    /** The share as the emulator holds it. */
    public record Share(String region, String lensArn, String shareId, String sharedWith, String status) {}

    private final EmulatorServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<WellArchitectedClient> clients = new ArrayList<>();

    private Emulator(EmulatorServer server) {
        this.server = server;
    }

    public static Emulator start() throws IOException {
        return new Emulator(EmulatorServer.start(EmulatorOptions.ephemeral()));
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public String seedPublishedLens(String accountId, String region, String name)
            throws IOException, InterruptedException {
        var body = new JsonObject();
        body.addProperty("accountId", accountId);
        body.addProperty("region", region);
        body.addProperty("name", name);
        body.addProperty("published", true);
        return control("POST", "/_emulator/lenses", body.toString())
                .get("LensArn")
                .getAsString();
    }

    public List<Share> shares() throws IOException, InterruptedException {
        var result = new ArrayList<Share>();
        for (var element : control("GET", "/_emulator/state", null).getAsJsonArray("shares")) {
            var share = element.getAsJsonObject();
            result.add(new Share(
                    text(share, "region"),
                    text(share, "lensArn"),
                    text(share, "shareId"),
                    text(share, "sharedWith"),
                    text(share, "status")));
        }
        return result;
    }

    /** How many requests of {@code operation} the emulator answered since the last {@link #resetMetrics()}. */
    int calls(String operation) throws IOException, InterruptedException {
        var operations = metrics().getAsJsonObject("operations");
        if (operations == null || !operations.has(operation)) {
            return 0;
        }
        return operations.getAsJsonObject(operation).entrySet().stream()
                .mapToInt(e -> e.getValue().getAsInt())
                .sum();
    }

    JsonObject metrics() throws IOException, InterruptedException {
        return control("GET", "/_emulator/metrics", null);
    }

    void resetMetrics() throws IOException, InterruptedException {
        control("POST", "/_emulator/metrics/reset", "{}");
    }

    /** Everything the emulator holds: lenses, shares and global settings, as {@code GET /_emulator/state} shows. */
    JsonObject state() throws IOException, InterruptedException {
        return control("GET", "/_emulator/state", null);
    }

    /**
     * Hides every new share, invitation and lens from its listing for {@code millis}, as AWS lists them only after a
     * delay; 0 lists them at once again.
     */
    void delayListings(long millis) throws IOException, InterruptedException {
        var delays = new JsonObject();
        delays.addProperty("ListLensShares", millis);
        delays.addProperty("ListShareInvitations", millis);
        delays.addProperty("ListLenses", millis);
        var faults = new JsonObject();
        faults.add("listingDelayMs", delays);
        control("POST", "/_emulator/faults", faults.toString());
    }

    /** A Well-Architected client signed as {@code accountId}, which the emulator takes as the caller's account. */
    public WellArchitectedClient client(String accountId, String region) {
        var client = WellArchitectedClient.builder()
                .endpointOverride(endpoint())
                .region(Region.of(region))
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, "e2e-secret")))
                // UpdateShareInvitation is a PATCH, which the default URLConnection client cannot send.
                .httpClient(ApacheHttpClient.create())
                .build();
        clients.add(client);
        return client;
    }

    private JsonObject control(String method, String path, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(endpoint().resolve(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        var text = response.body().isBlank() ? "{}" : response.body();
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static String text(JsonObject object, String member) {
        return object.get(member).getAsString();
    }

    @Override
    public void close() {
        clients.forEach(WellArchitectedClient::close);
        server.close();
    }
}
