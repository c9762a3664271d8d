package com.pulumi.wellarchitected.bench.endtoend;

import com.pulumi.wellarchitected.bench.harness.EmulatorControl;
import com.pulumi.wellarchitected.bench.harness.Plugin;
import com.pulumi.wellarchitected.bench.harness.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code pulumi} CLI with a private home and a local {@code file://} backend, finding the Java language
 * host beside it and one plugin, the Java provider or the Go anchor, on {@code PATH}, as a user who installed it
 * would.
 */
final class PulumiCli {

    private static final long COMMAND_TIMEOUT_MINUTES = 10;

    private final Path pulumi;
    private final Path workDir;
    private final Path logs;
    private final Map<String, String> environment = new TreeMap<>();

    /** The CLI finding {@code plugin} on {@code PATH}, with its own home and backend under {@code workDir}. */
    PulumiCli(Path toolchainBin, Path workDir, Plugin plugin) throws IOException {
        this.pulumi = toolchainBin.resolve("pulumi");
        this.workDir = workDir;
        this.logs = Files.createDirectories(Repository.logs().resolve("e2e-" + plugin.label()));
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        environment.put(
                "PATH",
                String.join(
                        ":",
                        toolchainBin.toString(),
                        plugin.directory().toString(),
                        javaBin.toString(),
                        "/usr/bin",
                        "/bin"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("HOME", Files.createDirectories(workDir.resolve("home")).toString());
        environment.put(
                "PULUMI_HOME",
                Files.createDirectories(workDir.resolve("pulumi-home")).toString());
        environment.put(
                "PULUMI_BACKEND_URL",
                Files.createDirectories(workDir.resolve("backend")).toUri().toString());
        environment.put("PULUMI_CONFIG_PASSPHRASE", "bench");
        environment.put("PULUMI_SKIP_UPDATE_CHECK", "true");
        environment.put("PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION", "true");
        environment.put("AWS_ACCESS_KEY_ID", EmulatorControl.OWNER);
        environment.put("AWS_SECRET_ACCESS_KEY", "x");
        environment.put("AWS_REGION", EmulatorControl.REGION);
        // No AWS file on this machine may change who the provider is.
        environment.put("AWS_CONFIG_FILE", workDir.resolve("no-aws-config").toString());
        environment.put(
                "AWS_SHARED_CREDENTIALS_FILE",
                workDir.resolve("no-aws-credentials").toString());
    }

    /**
     * A Pulumi project in the work directory for a program of the repository (e.g. {@code examples/account-fleet}):
     * its Pulumi.yaml and a link to its built jar, so that stacks and their config are written outside the clone.
     */
    Path project(String program) throws IOException, InterruptedException {
        Path source = Repository.root().resolve(program);
        Path project = Files.createDirectories(
                workDir.resolve("projects").resolve(source.getFileName().toString()));
        Files.copy(source.resolve("Pulumi.yaml"), project.resolve("Pulumi.yaml"));
        Files.createSymbolicLink(project.resolve("target"), source.resolve("target"));
        run(project, "stack", "init", "bench");
        return project;
    }

    void setConfig(Path project, String key, String value) throws IOException, InterruptedException {
        run(project, "config", "set", key, value);
    }

    /** Runs {@code pulumi <args> --non-interactive --yes --skip-preview} and returns its wall time in seconds. */
    double timed(Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(args));
        command.addAll(List.of("--yes", "--skip-preview"));
        long start = System.nanoTime();
        run(project, command.toArray(String[]::new));
        return (System.nanoTime() - start) / 1e9;
    }

    private void run(Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(pulumi.toString());
        command.addAll(List.of(args));
        command.add("--non-interactive");
        Path log = logs.resolve(project.getFileName() + "-" + args[0] + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(COMMAND_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + process.exitValue()
                    + ":\n" + Files.readString(log));
        }
    }
}
