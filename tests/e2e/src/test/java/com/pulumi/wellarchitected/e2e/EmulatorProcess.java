package com.pulumi.wellarchitected.e2e;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/**
 * The emulator as a user runs it: the launcher {@code emulator/bin/wellarchitected-emulator} in its own process, with a
 * state file (and optionally a credentials file), so that a test can SIGKILL it and start it again on the same port
 * and state. Its control API is reached over HTTP like any other client's. {@link Emulator} is the in-process
 * counterpart; this one exists because a process can be killed and an in-process server cannot.
 */
final class EmulatorProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path launcher;
    private final Path stateFile;
    private final Optional<Path> credentialsFile;
    private final Path logs;
    private final HttpClient http = HttpClient.newHttpClient();
    private Process process;
    private URI endpoint;
    private int starts;

    private EmulatorProcess(Path launcher, Path stateFile, Optional<Path> credentialsFile, Path logs) {
        this.launcher = launcher;
        this.stateFile = stateFile;
        this.credentialsFile = credentialsFile;
        this.logs = logs;
    }

    /** Starts the emulator on a free port, keeping its state in {@code stateFile} and its output in {@code logs}. */
    static EmulatorProcess start(Toolchain toolchain, Path stateFile, Optional<Path> credentialsFile, Path logs)
            throws IOException, InterruptedException {
        var launcher = toolchain.repository().resolve("emulator/bin/wellarchitected-emulator");
        if (!Files.isRegularFile(toolchain.repository().resolve("emulator/target/wellarchitected-emulator.jar"))) {
            throw new IllegalStateException("the emulator is not built: run `make build` (looked for "
                    + toolchain.repository().resolve("emulator/target/wellarchitected-emulator.jar") + ")");
        }
        var emulator = new EmulatorProcess(launcher, stateFile, credentialsFile, Files.createDirectories(logs));
        emulator.launch(0);
        return emulator;
    }

    URI endpoint() {
        return endpoint;
    }

    Path stateFile() {
        return stateFile;
    }

    Path logs() {
        return logs;
    }

    /** SIGKILL: the process gets no chance to flush or close anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the emulator (pid " + process.pid() + ") survived SIGKILL for 10 s");
        }
    }

    /** Starts the emulator again on the port it had, from the state file it left. */
    void restart() throws IOException, InterruptedException {
        if (process.isAlive()) {
            throw new IllegalStateException("restart() of an emulator that is still running");
        }
        launch(endpoint.getPort());
    }

    String seedPublishedLens(String accountId, String region, String name) throws IOException, InterruptedException {
        var body = new JsonObject();
        body.addProperty("accountId", accountId);
        body.addProperty("region", region);
        body.addProperty("name", name);
        body.addProperty("published", true);
        return control("POST", "lenses", body.toString()).get("LensArn").getAsString();
    }

    /** The raw {@code GET /_emulator/state} document. */
    JsonObject state() throws IOException, InterruptedException {
        return control("GET", "state", null);
    }

    List<Emulator.Share> shares() throws IOException, InterruptedException {
        var result = new ArrayList<Emulator.Share>();
        for (var element : state().getAsJsonArray("shares")) {
            var share = element.getAsJsonObject();
            result.add(new Emulator.Share(
                    share.get("region").getAsString(),
                    share.get("lensArn").getAsString(),
                    share.get("shareId").getAsString(),
                    share.get("sharedWith").getAsString(),
                    share.get("status").getAsString()));
        }
        return result;
    }

    /** Replaces the fault settings ({@code POST /_emulator/faults}); {@code {}} clears them. */
    void faults(String json) throws IOException, InterruptedException {
        control("POST", "faults", json);
    }

    /** Moves the emulator's clock on ({@code POST /_emulator/clock}), as time passing would. */
    void advanceClock(Duration by) throws IOException, InterruptedException {
        control("POST", "clock", "{\"advanceSeconds\":" + by.toSeconds() + "}");
    }

    /** The Well-Architected API as {@code accountId} calls it, for what happens outside Pulumi. */
    WellArchitectedClient client(String accountId, String region) {
        return WellArchitectedClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, "e2e-secret")))
                // UpdateShareInvitation is a PATCH, which the default URLConnection client cannot send.
                .httpClient(ApacheHttpClient.create())
                .build();
    }

    /** The raw {@code GET /_emulator/metrics} document: requests answered, per operation and HTTP status. */
    JsonObject metrics() throws IOException, InterruptedException {
        return control("GET", "metrics", null);
    }

    /** Every request the emulator answered since it started (its metrics start at zero on each start). */
    int requestCount() throws IOException, InterruptedException {
        return control("GET", "metrics", null).get("total").getAsInt();
    }

    private void launch(int port) throws IOException, InterruptedException {
        starts++;
        var command = new ArrayList<>(
                List.of(launcher.toString(), "--port", Integer.toString(port), "--state", stateFile.toString()));
        credentialsFile.ifPresent(file -> command.addAll(List.of("--credentials", file.toString())));
        var stdout = logs.resolve("emulator-" + starts + ".stdout");
        var builder = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(logs.resolve("emulator-" + starts + ".stderr").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        process = builder.start();
        var deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            var matcher = LISTENING.matcher(Files.readString(stdout));
            if (matcher.find()) {
                endpoint = URI.create(matcher.group(1));
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the emulator exited with " + process.exitValue()
                        + " before listening: " + Files.readString(logs.resolve("emulator-" + starts + ".stderr")));
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the emulator printed no `listening on` line within " + START_TIMEOUT);
    }

    private JsonObject control(String method, String action, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(endpoint.resolve("/_emulator/" + action))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // The emulator closes a connection idle for 120 s, and the client keeps idle connections longer: after a
            // long command it may send on one the emulator is closing. A GET changes nothing, so it is sent again.
            if (!method.equals("GET")) {
                throw e;
            }
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " /_emulator/" + action + " answered " + response.statusCode() + ": " + response.body());
        }
        return JsonParser.parseString(response.body().isBlank() ? "{}" : response.body())
                .getAsJsonObject();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
