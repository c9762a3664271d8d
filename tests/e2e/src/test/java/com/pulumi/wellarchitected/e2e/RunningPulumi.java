package com.pulumi.wellarchitected.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * A {@code pulumi} command of a {@link PulumiProject} running in the background, so that a test can act on it while
 * it runs: read its output so far, SIGKILL the provider plugin it started or the CLI itself, or send it SIGINT as
 * Ctrl-C does. The processes are found as descendants of this JVM, by their command lines.
 */
final class RunningPulumi implements AutoCloseable {

    /** The main class the provider launcher runs; the engine starts the launcher, which execs the JVM. */
    static final String PROVIDER_MAIN_CLASS = "com.pulumi.wellarchitected.provider.Main";

    private final CompletableFuture<CliResult> result;
    private final ProcessHandle cli;
    private final Path stdout;

    private RunningPulumi(CompletableFuture<CliResult> result, ProcessHandle cli, Path stdout) {
        this.result = result;
        this.cli = cli;
        this.stdout = stdout;
    }

    /**
     * Starts {@code pulumi <args>} as {@link PulumiProject#run} does, on another thread, and returns once its process
     * exists. {@code logs} is the project's log directory, where the command's output goes.
     */
    static RunningPulumi start(PulumiProject project, Path logs, String... args)
            throws IOException, InterruptedException {
        Set<Long> before = pulumiChildren().map(ProcessHandle::pid).collect(Collectors.toSet());
        Set<Path> earlierLogs;
        try (var files = Files.list(logs)) {
            earlierLogs = files.collect(Collectors.toSet());
        }
        var result = CompletableFuture.supplyAsync(() -> {
            try {
                return project.run(args);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        var deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Optional<ProcessHandle> cli =
                    pulumiChildren().filter(p -> !before.contains(p.pid())).findFirst();
            if (cli.isPresent()) {
                Path stdout;
                try (var files = Files.list(logs)) {
                    stdout = files.filter(f ->
                                    !earlierLogs.contains(f) && f.toString().endsWith(".stdout"))
                            .max(Comparator.comparing(Path::toString))
                            .orElseThrow();
                }
                return new RunningPulumi(result, cli.get(), stdout);
            }
            if (result.isDone()) {
                throw new IllegalStateException(
                        "`pulumi " + String.join(" ", args) + "` ended before it could be seen: " + result.join());
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no `pulumi " + String.join(" ", args) + "` process appeared within 60 s");
    }

    private static java.util.stream.Stream<ProcessHandle> pulumiChildren() {
        return ProcessHandle.current()
                .children()
                .filter(p -> p.info().command().map(c -> c.endsWith("/pulumi")).orElse(false));
    }

    ProcessHandle cli() {
        return cli;
    }

    /** What the command printed on standard output so far. */
    String outputSoFar() throws IOException {
        return Files.exists(stdout) ? Files.readString(stdout) : "";
    }

    /** The provider plugin processes this command started that are still alive. */
    List<ProcessHandle> providers() {
        return cli.descendants()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains(PROVIDER_MAIN_CLASS))
                        .orElse(false))
                .toList();
    }

    /** Polls {@code condition} every 100 ms until it holds; fails the test if the command ends or time runs out first. */
    void waitUntil(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException, IOException {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (result.isDone()) {
                throw new AssertionError("the command ended before " + what + ": " + result.join());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not " + what + " within " + timeout + "; output so far:\n" + outputSoFar());
    }

    /** SIGKILLs every provider process of this command and waits until they are gone. */
    List<ProcessHandle> killProviders() throws InterruptedException {
        var providers = providers();
        if (providers.isEmpty()) {
            throw new AssertionError("`pulumi` has no provider process to kill");
        }
        for (var provider : providers) {
            provider.destroyForcibly();
        }
        for (var provider : providers) {
            awaitExit(provider);
        }
        return providers;
    }

    /** SIGKILLs the CLI and everything it started, as a crash of the machine or an OOM kill of the group would. */
    void killEverything() throws InterruptedException {
        var descendants = cli.descendants().toList();
        cli.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        awaitExit(cli);
        for (var descendant : descendants) {
            awaitExit(descendant);
        }
    }

    /** Sends SIGINT to the CLI, as Ctrl-C in a terminal does. */
    void interrupt() throws IOException, InterruptedException {
        var kill = new ProcessBuilder("kill", "-INT", Long.toString(cli.pid()))
                .inheritIO()
                .start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("`kill -INT " + cli.pid() + "` failed");
        }
    }

    boolean isRunning() {
        return !result.isDone();
    }

    /** Waits for the command to end and returns what it did. */
    CliResult await(Duration timeout) throws InterruptedException {
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("`pulumi` did not end within " + timeout, e);
        } catch (ExecutionException e) {
            throw new AssertionError("running `pulumi` failed", e.getCause());
        }
    }

    private static void awaitExit(ProcessHandle process) throws InterruptedException {
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("process " + process.pid() + " did not exit", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (!result.isDone()) {
            killEverything();
            try {
                result.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // Already failing: the test that left the command running reports its own failure.
            }
        }
    }
}
