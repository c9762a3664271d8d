package com.pulumi.wellarchitected.emulator;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the emulator's control API the way other tests and tools do: plain HTTP and JSON, no signing. */
final class ControlClient {
    // One client for every test: each HttpClient keeps its own idle connections open, and tests that make a
    // ControlClient per request would otherwise pile up hundreds of them against the emulator's connection limit.
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final URI base;

    ControlClient(EmulatorServer server) {
        this.base = server.endpoint().resolve("/_emulator/");
    }

    /** A response's status and body. */
    record Reply(int status, String body) {
        JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }
    }

    Reply get(String action) {
        return send(HttpRequest.newBuilder(base.resolve(action)).GET().build());
    }

    Reply post(String action, String json) {
        return send(HttpRequest.newBuilder(base.resolve(action))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Seeds a lens in an account and Region of us-east-1, published or draft, and returns its ARN. */
    String seedLens(String accountId, String name, boolean published) {
        Reply reply = post(
                "lenses",
                "{\"accountId\":\"" + accountId + "\",\"region\":\"us-east-1\",\"name\":\"" + name + "\",\"published\":"
                        + published + "}");
        if (reply.status() != 200) {
            throw new IllegalStateException("seeding failed: " + reply);
        }
        return reply.json().get("LensArn").getAsString();
    }

    void advanceClock(long seconds) {
        Reply reply = post("clock", "{\"advanceSeconds\":" + seconds + "}");
        if (reply.status() != 200) {
            throw new IllegalStateException("clock failed: " + reply);
        }
    }

    void faults(String json) {
        Reply reply = post("faults", json);
        if (reply.status() != 200) {
            throw new IllegalStateException("faults failed: " + reply);
        }
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
