package com.pulumi.wellarchitected.e2e;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A Pulumi project directory driven through the real {@code pulumi} CLI, with a local {@code file://} backend and a
 * private {@code PULUMI_HOME}, so nothing leaks in from the machine or between test classes.
 */
final class PulumiProject {

    private static final long COMMAND_TIMEOUT_MINUTES = 5;

    private final Path pulumi;
    private final Path directory;
    private final Path logs;
    private final Map<String, String> environment = new TreeMap<>();
    private int commandCount;

    /** Whether the programs {@code pulumi} starts can find a Java runtime. */
    enum Java {
        /** The JDK running the tests, on {@code PATH} and as {@code JAVA_HOME}, as the Java language host needs. */
        ON_PATH,
        /**
         * None: {@code PATH} holds only {@code env}, and no {@code JAVA_HOME}; what runs Java must bring its own, as
         * the installed provider plugin does.
         */
        NONE
    }

    PulumiProject(Toolchain toolchain, Path workDir, String ownerAccessKey, String region) throws IOException {
        this(toolchain, workDir, ownerAccessKey, region, Java.ON_PATH);
    }

    PulumiProject(Toolchain toolchain, Path workDir, String ownerAccessKey, String region, Java java)
            throws IOException {
        this.pulumi = toolchain.pulumi();
        this.directory = Files.createDirectories(workDir.resolve("project"));
        this.logs = Files.createDirectories(workDir.resolve("logs"));
        // A failed test keeps its work directory: every command's output stays there to read.
        System.out.println("pulumi command output is kept in " + logs);
        // Nothing of this project's is on PATH: pulumi finds the provider and the language hosts among the plugins
        // installed from their archives, which every project shares through its own PULUMI_HOME.
        if (java == Java.ON_PATH) {
            var javaBin = Path.of(System.getProperty("java.home"), "bin");
            environment.put("PATH", String.join(":", javaBin.toString(), "/usr/local/bin", "/usr/bin", "/bin"));
            environment.put("JAVA_HOME", System.getProperty("java.home"));
        } else {
            environment.put("PATH", pathWithoutJava(workDir).toString());
        }
        var pulumiHome = Files.createDirectories(workDir.resolve("pulumi-home"));
        Files.createSymbolicLink(pulumiHome.resolve("plugins"), toolchain.plugins());
        environment.put("HOME", Files.createDirectories(workDir.resolve("home")).toString());
        environment.put("PULUMI_HOME", pulumiHome.toString());
        environment.put(
                "PULUMI_BACKEND_URL",
                Files.createDirectories(workDir.resolve("backend")).toUri().toString());
        environment.put("PULUMI_CONFIG_PASSPHRASE", "e2e-passphrase");
        environment.put("PULUMI_SKIP_UPDATE_CHECK", "true");
        environment.put("PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION", "true");
        // The provider authenticates as the lens owner; no AWS file on this machine may change that.
        environment.put("AWS_ACCESS_KEY_ID", ownerAccessKey);
        environment.put("AWS_SECRET_ACCESS_KEY", "e2e-secret");
        environment.put("AWS_REGION", region);
        environment.put("AWS_CONFIG_FILE", workDir.resolve("no-aws-config").toString());
        environment.put(
                "AWS_SHARED_CREDENTIALS_FILE",
                workDir.resolve("no-aws-credentials").toString());
    }

    /**
     * A directory holding only {@code env} (the provider's launcher uses it to restore signal handling), checked to
     * offer no {@code java}.
     */
    private static Path pathWithoutJava(Path workDir) throws IOException {
        var bin = Files.createDirectories(workDir.resolve("path-without-java"));
        Files.createSymbolicLink(bin.resolve("env"), Path.of("/usr/bin/env"));
        if (Files.exists(bin.resolve("java"))) {
            throw new IllegalStateException(bin + " offers java");
        }
        return bin;
    }

    Path directory() {
        return directory;
    }

    /** Runs {@code pulumi <args> --non-interactive} in the project directory. */
    CliResult run(String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(args));
        command.add("--non-interactive");
        var number = ++commandCount;
        var stdout = logs.resolve(number + "-" + args[0] + ".stdout");
        var stderr = logs.resolve(number + "-" + args[0] + ".stderr");
        var processCommand = new ArrayList<String>();
        processCommand.add(pulumi.toString());
        processCommand.addAll(command);
        var builder = new ProcessBuilder(processCommand)
                .directory(directory.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        var process = builder.start();
        if (!process.waitFor(COMMAND_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("`pulumi " + String.join(" ", command) + "` did not finish within "
                    + COMMAND_TIMEOUT_MINUTES + " minutes; output in " + logs);
        }
        return new CliResult(
                command,
                process.exitValue(),
                Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    CliResult succeed(String... args) throws IOException, InterruptedException {
        return run(args).requireSuccess();
    }

    void setConfig(String key, String value) throws IOException, InterruptedException {
        succeed("config", "set", key, value);
    }

    /** Sets every entry as plaintext stack config in one command. */
    void setConfig(Map<String, String> entries) throws IOException, InterruptedException {
        var args = new ArrayList<String>(List.of("config", "set-all"));
        entries.forEach((key, value) -> {
            args.add("--plaintext");
            args.add(key + "=" + value);
        });
        succeed(args.toArray(String[]::new));
    }

    /**
     * Runs every later command with these AWS profiles (access key ID = the profile's account, which the emulator
     * takes as the caller) and {@code active} as {@code AWS_PROFILE}, instead of the owner's key pair: how a user
     * with two accounts runs a program that declares a provider per account.
     */
    void useAwsProfiles(Map<String, String> accountByProfile, String active) throws IOException {
        var aws = Files.createDirectories(directory.resolveSibling("aws"));
        var credentials = new StringBuilder();
        var config = new StringBuilder();
        accountByProfile.forEach((profile, account) -> {
            credentials
                    .append("[")
                    .append(profile)
                    .append("]\naws_access_key_id = ")
                    .append(account);
            credentials.append("\naws_secret_access_key = e2e-secret\n");
            config.append("[profile ").append(profile).append("]\nregion = ").append(environment.get("AWS_REGION"));
            config.append("\n");
        });
        environment.put(
                "AWS_SHARED_CREDENTIALS_FILE",
                Files.writeString(aws.resolve("credentials"), credentials).toString());
        environment.put(
                "AWS_CONFIG_FILE",
                Files.writeString(aws.resolve("config"), config).toString());
        environment.put("AWS_PROFILE", active);
        environment.remove("AWS_ACCESS_KEY_ID");
        environment.remove("AWS_SECRET_ACCESS_KEY");
    }

    /** Sets an environment variable of every later command, such as {@code AWS_ENDPOINT_URL_WELLARCHITECTED}. */
    void putEnvironment(String name, String value) {
        environment.put(name, value);
    }

    Deployment preview() throws IOException, InterruptedException {
        return Deployment.of(succeed("preview", "--json"));
    }

    Deployment up() throws IOException, InterruptedException {
        return Deployment.of(succeed("up", "--yes", "--skip-preview", "--json"));
    }

    Deployment refresh() throws IOException, InterruptedException {
        return Deployment.of(succeed("refresh", "--yes", "--skip-preview", "--json"));
    }

    Deployment destroy() throws IOException, InterruptedException {
        return Deployment.of(succeed("destroy", "--yes", "--skip-preview", "--json"));
    }

    JsonObject stackOutputs() throws IOException, InterruptedException {
        return succeed("stack", "output", "--json", "--show-secrets").json();
    }

    JsonObject exportStack() throws IOException, InterruptedException {
        return succeed("stack", "export").json();
    }
}
