package com.pulumi.wellarchitected.bench.harness;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

/** The emulator's control API ({@code /_emulator/}): reset, seed a lens, fault injection and request metrics. */
public final class EmulatorControl {

    public static final String OWNER = "111122223333";
    public static final String REGION = "us-east-1";

    private final URI endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    public EmulatorControl(URI endpoint) {
        this.endpoint = endpoint;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Forgets every lens, share, fault and counted request. */
    public void reset() {
        post("reset", "{}");
    }

    /** Creates a published custom lens owned by {@link #OWNER} and returns its ARN. */
    public String seedLens(String name) {
        JsonObject lens = new JsonObject();
        lens.addProperty("accountId", OWNER);
        lens.addProperty("region", REGION);
        lens.addProperty("name", name);
        lens.addProperty("published", true);
        return post("lenses", lens.toString()).getAsJsonObject().get("LensArn").getAsString();
    }

    /** Throttles every API request beyond {@code requestsPerSecond}, across all clients. */
    public void limitRate(double requestsPerSecond) {
        JsonObject faults = new JsonObject();
        faults.addProperty("rateLimitPerSecond", requestsPerSecond);
        post("faults", faults.toString());
    }

    public void resetMetrics() {
        post("metrics/reset", "{}");
    }

    /** The requests counted since the last reset: operation → HTTP status → count. */
    public RequestCounts metrics() {
        JsonObject operations = send(HttpRequest.newBuilder(uri("metrics")).GET())
                .getAsJsonObject()
                .getAsJsonObject("operations");
        return RequestCounts.of(operations);
    }

    /** The live state: every lens and share the emulator holds. */
    public JsonObject state() {
        return send(HttpRequest.newBuilder(uri("state")).GET()).getAsJsonObject();
    }

    private JsonElement post(String action, String body) {
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String action) {
        return endpoint.resolve("/_emulator/" + action);
    }

    private JsonElement send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return JsonParser.parseString(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the emulator at " + endpoint + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Request counts by operation and HTTP status, from {@code GET /_emulator/metrics}. */
    public record RequestCounts(Map<String, Map<String, Integer>> byOperation) {

        static RequestCounts of(JsonObject operations) {
            Map<String, Map<String, Integer>> counts = new TreeMap<>();
            operations.entrySet().forEach(operation -> {
                Map<String, Integer> byStatus = new TreeMap<>();
                operation
                        .getValue()
                        .getAsJsonObject()
                        .entrySet()
                        .forEach(status ->
                                byStatus.put(status.getKey(), status.getValue().getAsInt()));
                counts.put(operation.getKey(), byStatus);
            });
            return new RequestCounts(counts);
        }

        public int total() {
            return byOperation.values().stream()
                    .flatMap(byStatus -> byStatus.values().stream())
                    .mapToInt(Integer::intValue)
                    .sum();
        }

        public int withStatus(int status) {
            return byOperation.values().stream()
                    .mapToInt(byStatus -> byStatus.getOrDefault(String.valueOf(status), 0))
                    .sum();
        }
    }
}
