package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/wellarchitected-emulator as a user runs it: from any directory, one ready line, clean stop on signals. */
class LauncherTest {
    private static final Path LAUNCHER =
            Path.of("bin", "wellarchitected-emulator").toAbsolutePath();
    private static final Pattern READY = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path directory;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        processes.forEach(Process::destroyForcibly);
    }

    private Process launch(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(arguments));
        Process process =
                new ProcessBuilder(command).directory(directory.toFile()).start();
        processes.add(process);
        return process;
    }

    /** A started launcher, its port and how long it took to print the ready line. */
    private record Started(Process process, BufferedReader stdout, int port, long readyMillis) {}

    private Started start(String... arguments) throws Exception {
        long began = System.nanoTime();
        Process process = launch(arguments);
        BufferedReader stdout =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
                    try {
                        return stdout.readLine();
                    } catch (IOException e) {
                        return null;
                    }
                })
                .get(30, TimeUnit.SECONDS);
        long readyMillis = (System.nanoTime() - began) / 1_000_000;
        assertThat(line).as("first stdout line; stderr: %s", stderrOf(process)).isNotNull();
        Matcher ready = READY.matcher(line);
        assertThat(ready.matches()).as("ready line %s", line).isTrue();
        return new Started(process, stdout, Integer.parseInt(ready.group(1)), readyMillis);
    }

    private static String stderrOf(Process process) {
        if (process.isAlive()) {
            return "(still running)";
        }
        try {
            return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int health(int port) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_emulator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    /** Sends a signal the way a terminal or a process manager does; Process.destroy would also close the pipes. */
    private static void signal(String name, Process process) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                        .start()
                        .waitFor())
                .isZero();
    }

    private static void assertPortReleased(int port) {
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void printsOneReadyLineAndServesFromAnyDirectory() throws Exception {
        Started started = start("--port", "0");

        assertThat(health(started.port())).isEqualTo(200);
        signal("TERM", started.process());
        assertThat(started.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(started.stdout().readLine())
                .as("stdout after the ready line")
                .isNull();
    }

    @Test
    void isReadyInUnderOneSecond() throws Exception {
        long best = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            Started started = start("--port", "0");
            best = Math.min(best, started.readyMillis());
            started.process().destroy();
            started.process().waitFor(10, TimeUnit.SECONDS);
        }

        assertThat(best).as("fastest of three starts, in ms").isLessThan(1000);
    }

    @Test
    void sigtermStopsItAndReleasesThePort() throws Exception {
        Started started = start("--port", "0");

        signal("TERM", started.process());

        assertThat(started.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertPortReleased(started.port());
    }

    @Test
    void sigintStopsItAndReleasesThePort() throws Exception {
        Started started = start("--port", "0");

        signal("INT", started.process());

        assertThat(started.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertPortReleased(started.port());
    }

    @Test
    void keepsStateInTheStateFileAcrossRestarts() throws Exception {
        Path stateFile = directory.resolve("demo-state.json");
        Started first = start("--port", "0", "--state", stateFile.toString());
        HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + first.port() + "/_emulator/lenses"))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"accountId\":\"111122223333\",\"region\":\"us-east-1\",\"name\":\"Kept\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        first.process().destroy();
        first.process().waitFor(10, TimeUnit.SECONDS);

        Started second = start("--port", "0", "--state", stateFile.toString());
        String state = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + second.port() + "/_emulator/state"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();

        assertThat(state).contains("\"name\":\"Kept\"");
    }

    @Test
    void corruptStateFileStopsTheStartWithAClearMessage() throws Exception {
        Path stateFile = directory.resolve("state.json");
        Files.writeString(stateFile, "not json at all");

        Process process = launch("--port", "0", "--state", stateFile.toString());

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains(stateFile.toString())
                .contains("cannot be loaded");
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEmpty();
        assertThat(Files.readString(stateFile)).isEqualTo("not json at all");
    }

    @Test
    void badArgumentsPrintUsage() throws Exception {
        Process process = launch("--port", "many");

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("--port must be a number")
                .contains("usage:");
    }

    @Test
    void portInUseStopsTheStart() throws Exception {
        try (EmulatorServer occupying = EmulatorServer.start(EmulatorOptions.ephemeral())) {
            Process process = launch("--port", Integer.toString(occupying.port()));

            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("cannot listen on");
        }
    }

    @Test
    void unbuiltModuleAsksForMakeBuild() throws Exception {
        Path copy = directory.resolve("module/bin/wellarchitected-emulator");
        Files.createDirectories(copy.getParent());
        Files.copy(LAUNCHER, copy);

        Process process = new ProcessBuilder(copy.toString()).start();
        processes.add(process);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("run make build");
    }
}
