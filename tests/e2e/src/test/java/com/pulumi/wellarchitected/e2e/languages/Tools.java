package com.pulumi.wellarchitected.e2e.languages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Finds the language tools a test needs on {@code PATH}, failing loudly without them, and runs install steps. */
final class Tools {

    /** Where install steps keep what later runs can reuse (virtual environments), outside the clone. */
    static final Path CACHE = Path.of(
            System.getenv().getOrDefault("XDG_CACHE_HOME", System.getProperty("user.home") + "/.cache"),
            "pulumi-wellarchitected");

    private Tools() {}

    /** The executable {@code name} on PATH; a missing one fails the test with what it is for. */
    static Path require(String name, String neededFor) {
        for (var directory : System.getenv().getOrDefault("PATH", "").split(":", -1)) {
            if (directory.isEmpty()) {
                continue;
            }
            var candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("`" + name + "` is not on PATH; " + neededFor
                + ". Install it (.ci/install-tools lists what the tests need) and run again.");
    }

    /**
     * Runs one install or build step in {@code directory} with this JVM's environment (so package caches are
     * reused) plus {@code environment}; a failure throws with the step's output.
     */
    static void run(Path directory, Map<String, String> environment, Duration timeout, List<String> command)
            throws IOException, InterruptedException {
        var log = Files.createTempFile("language-setup", ".log");
        var builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        var process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("`" + String.join(" ", command) + "` in " + directory
                    + " did not finish within " + timeout + ":\n" + Files.readString(log));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("`" + String.join(" ", command) + "` in " + directory + " failed (exit "
                    + process.exitValue() + "):\n" + Files.readString(log));
        }
        Files.delete(log);
    }
}
