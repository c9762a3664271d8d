package com.pulumi.wellarchitected.e2e.languages;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.wellarchitected.e2e.Toolchain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs an {@link InlineProgram} as a user would, with the real {@code pulumi} CLI and the provider plugin on
 * {@code PATH} (found as the Java e2e tests find them), a local {@code file://} backend and a private
 * {@code PULUMI_HOME}, signed in to AWS as the lens owner.
 */
final class InlineProgramDriver {

    /** What one command did: the engine's change summary and the stack outputs after it. */
    record Result(Map<String, Integer> changes, JsonObject outputs) {}

    private static final long COMMAND_TIMEOUT_MINUTES = 5;

    private final InlineProgram program;
    private final Map<String, String> config;
    private final Path logs;
    private final Map<String, String> environment = new TreeMap<>();
    private int commandCount;

    InlineProgramDriver(
            Toolchain toolchain, Path workDir, InlineProgram program, String ownerAccessKey, Map<String, String> config)
            throws IOException {
        this.program = program;
        this.config = new TreeMap<>(config);
        this.logs = Files.createDirectories(workDir.resolve("logs"));
        System.out.println("inline program output is kept in " + logs);
        var path = Stream.concat(
                        program.path().stream(),
                        Stream.of(
                                toolchain.pulumiBin(),
                                Path.of(System.getProperty("java.home"), "bin"),
                                Path.of("/usr/local/bin"),
                                Path.of("/usr/bin"),
                                Path.of("/bin")))
                .map(Path::toString)
                .collect(Collectors.joining(":"));
        environment.put("PATH", path);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("HOME", Files.createDirectories(workDir.resolve("home")).toString());
        // The provider is the plugin installed from its archive, found through PULUMI_HOME, not on PATH.
        var pulumiHome = Files.createDirectories(workDir.resolve("pulumi-home"));
        Files.createSymbolicLink(pulumiHome.resolve("plugins"), toolchain.plugins());
        environment.put("PULUMI_HOME", pulumiHome.toString());
        environment.put(
                "PULUMI_BACKEND_URL",
                Files.createDirectories(workDir.resolve("backend")).toUri().toString());
        environment.put("PULUMI_CONFIG_PASSPHRASE", "e2e-passphrase");
        environment.put("PULUMI_SKIP_UPDATE_CHECK", "true");
        environment.put("PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION", "true");
        environment.put("PULUMI_STACK", "e2e");
        environment.put("AWS_ACCESS_KEY_ID", ownerAccessKey);
        environment.put("AWS_SECRET_ACCESS_KEY", "e2e-secret");
        environment.put("AWS_CONFIG_FILE", workDir.resolve("no-aws-config").toString());
        environment.put(
                "AWS_SHARED_CREDENTIALS_FILE",
                workDir.resolve("no-aws-credentials").toString());
    }

    /** Runs {@code preview}, {@code up}, {@code refresh} or {@code destroy} with the stack config set first. */
    Result run(String command) throws IOException, InterruptedException {
        var number = ++commandCount;
        var stdout = logs.resolve(number + "-" + command + ".stdout");
        var stderr = logs.resolve(number + "-" + command + ".stderr");
        var commandLine = new ArrayList<>(program.command());
        commandLine.add(command);
        config.forEach((key, value) -> commandLine.add(key + "=" + value));
        var builder =
                new ProcessBuilder(commandLine).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        var process = builder.start();
        if (!process.waitFor(COMMAND_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("`" + command + "` of " + program.command() + " did not finish within "
                    + COMMAND_TIMEOUT_MINUTES + " minutes; output in " + logs);
        }
        var out = Files.readString(stdout, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError("`" + command + "` of " + program.command() + " failed (exit "
                    + process.exitValue() + "):\n" + out + Files.readString(stderr, StandardCharsets.UTF_8));
        }
        return parse(out.strip());
    }

    private static Result parse(String stdout) {
        List<String> lines = stdout.lines().toList();
        if (lines.isEmpty()) {
            throw new AssertionError("the inline program printed nothing on stdout");
        }
        var json = JsonParser.parseString(lines.get(lines.size() - 1)).getAsJsonObject();
        var changes = new TreeMap<String, Integer>();
        var summary = json.get("changes");
        if (summary != null && summary.isJsonObject()) {
            summary.getAsJsonObject()
                    .entrySet()
                    .forEach(e -> changes.put(e.getKey(), e.getValue().getAsInt()));
        }
        return new Result(changes, json.getAsJsonObject("outputs"));
    }
}
