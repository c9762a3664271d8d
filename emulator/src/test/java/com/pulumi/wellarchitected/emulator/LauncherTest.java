package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
        return awaitReady(launch(arguments), began);
    }

    private static Started awaitReady(Process process, long began) throws Exception {
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
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(ConnectException.class);
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
    void outOfFileDescriptorsItWaitsWithoutSpinningAndRecoversWhenConnectionsClose() throws Exception {
        int limit = 64;
        long began = System.nanoTime();
        // exec keeps one process from the shell to the JVM, so the PID is the emulator's; stderr goes to a file so a
        // full pipe can never block the emulator.
        Process process = new ProcessBuilder(
                        "sh", "-c", "ulimit -n " + limit + " && exec \"$0\" \"$@\"", LAUNCHER.toString(), "--port", "0")
                .directory(directory.toFile())
                .redirectError(directory.resolve("stderr.txt").toFile())
                .start();
        processes.add(process);
        Started started = awaitReady(process, began);
        ProcessHandle emulator = process.toHandle();
        List<Socket> clients = new ArrayList<>();
        try {
            // Twice the limit: the emulator takes what its descriptors allow, the rest wait in the listen backlog.
            for (int i = 0; i < 2 * limit; i++) {
                clients.add(new Socket(InetAddress.getLoopbackAddress(), started.port()));
            }
            waitUntil(() -> openDescriptors(emulator) >= limit, "the emulator to hold all " + limit + " descriptors");

            Duration cpuBefore = cpuTime(emulator);
            long windowStart = System.nanoTime();
            // A measurement window, not a synchronisation: a spinning accept loop burns a core for all of it.
            Thread.sleep(3000);
            Duration cpu = cpuTime(emulator).minus(cpuBefore);
            Duration window = Duration.ofNanos(System.nanoTime() - windowStart);

            assertThat(cpu)
                    .as("emulator CPU time while out of descriptors, over %s", window)
                    .isLessThan(window.dividedBy(10));
        } finally {
            for (Socket client : clients) {
                client.close();
            }
        }
        assertThat(healthWithin(started.port(), Duration.ofSeconds(30))).isEqualTo(200);
        assertThat(Files.readString(directory.resolve("stderr.txt"))).contains("cannot accept connections");
    }

    private static long openDescriptors(ProcessHandle process) {
        try (Stream<Path> descriptors = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
            return descriptors.count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the emulator's descriptors (this test needs Linux /proc)", e);
        }
    }

    private static Duration cpuTime(ProcessHandle process) {
        return process.info()
                .totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("the OS does not report the emulator's CPU time"));
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static int healthWithin(int port, Duration timeout) throws Exception {
        return HttpClient.newBuilder()
                .connectTimeout(timeout)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_emulator/health"))
                                .timeout(timeout)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
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
    void listeningBeyondLoopbackWithoutAControlTokenStopsTheStart() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "--host", "0.0.0.0", "--port", "0");
        builder.environment().remove("EMULATOR_CONTROL_TOKEN");
        Process process = builder.start();
        processes.add(process);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("cannot start")
                .contains("EMULATOR_CONTROL_TOKEN");
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEmpty();
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
