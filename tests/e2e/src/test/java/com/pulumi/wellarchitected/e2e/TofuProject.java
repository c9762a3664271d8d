package com.pulumi.wellarchitected.e2e;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A working directory of the real {@code tofu} CLI that installs the provider as a user does: {@code tofu init} from
 * the filesystem mirror {@code make dist} lays out in {@code dist/terraform-mirror}, with two AWS profiles (the
 * owner's and the recipient's) in its own shared files. The machine's own CLI and AWS settings never reach it.
 */
final class TofuProject {

    static final String SOURCE = "terraform.local/wellarchitected/wellarchitected";
    private static final long TIMEOUT_MINUTES = 10;

    private final Path tofu;
    private final Path directory;
    private final Path cliConfig;
    private final Path awsDir;

    private TofuProject(Path tofu, Path directory, Path cliConfig, Path awsDir) {
        this.tofu = tofu;
        this.directory = directory;
        this.cliConfig = cliConfig;
        this.awsDir = awsDir;
    }

    /**
     * A project in {@code workDir/project} whose CLI configuration installs the provider from the repository's
     * filesystem mirror; fails naming the command that provides {@code tofu} or the mirror when either is missing.
     */
    static TofuProject in(Toolchain toolchain, Path workDir, String ownerAccount, String recipientAccount)
            throws IOException {
        var tofu = toolchain.pulumiBin().resolve("tofu");
        if (!Files.isExecutable(tofu)) {
            throw new IllegalStateException(
                    tofu + " is missing: `make pulumi` (toolchain/build.sh) builds OpenTofu beside `pulumi`");
        }
        var mirror = toolchain.repository().resolve("dist/terraform-mirror");
        if (!Files.isDirectory(mirror.resolve(SOURCE))) {
            throw new IllegalStateException(
                    "the filesystem mirror " + mirror + " holds no " + SOURCE + ": run `make dist`");
        }
        var cliConfig = workDir.resolve("cli.tfrc");
        Files.writeString(cliConfig, """
                provider_installation {
                  filesystem_mirror {
                    path    = "%s"
                    include = ["terraform.local/*/*"]
                  }
                  direct {
                    exclude = ["terraform.local/*/*"]
                  }
                }
                """.formatted(mirror));
        var awsDir = Files.createDirectories(workDir.resolve("aws"));
        // The emulator takes a request's access key ID as the caller's account.
        Files.writeString(
                awsDir.resolve("credentials"),
                "[owner]\naws_access_key_id = %s\naws_secret_access_key = owner-secret\n[recipient]\naws_access_key_id = %s\naws_secret_access_key = recipient-secret\n"
                        .formatted(ownerAccount, recipientAccount));
        Files.writeString(awsDir.resolve("config"), "[profile owner]\n[profile recipient]\n");
        return new TofuProject(tofu, Files.createDirectories(workDir.resolve("project")), cliConfig, awsDir);
    }

    Path directory() {
        return directory;
    }

    /** Copies the example's configuration files ({@code *.tf}, {@code *.json}) into the project. */
    void copyExample(Path example) throws IOException {
        try (var files = Files.list(example)) {
            for (var file : files.filter(
                            f -> f.toString().endsWith(".tf") || f.toString().endsWith(".json"))
                    .toList()) {
                Files.copy(file, directory.resolve(file.getFileName()));
            }
        }
    }

    /** Runs {@code tofu <subcommand> -no-color <args>} to its end. */
    Result run(String subcommand, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(tofu.toString(), subcommand, "-no-color"));
        command.addAll(List.of(args));
        var log = Files.createTempFile(directory.getParent(), "tofu-" + subcommand, ".log");
        var builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        var env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("TF_") || key.startsWith("AWS_"));
        env.put("TF_CLI_CONFIG_FILE", cliConfig.toString());
        env.put("TF_IN_AUTOMATION", "1");
        env.put("TF_INPUT", "0");
        env.put("CHECKPOINT_DISABLE", "1");
        env.put("AWS_SHARED_CREDENTIALS_FILE", awsDir.resolve("credentials").toString());
        env.put("AWS_CONFIG_FILE", awsDir.resolve("config").toString());
        var process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("tofu " + subcommand + " did not finish in " + TIMEOUT_MINUTES + " minutes:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(subcommand, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** {@code tofu output -json}: each output's value by name. */
    JsonObject outputs() throws IOException, InterruptedException {
        var result = run("output", "-json").exits(0);
        var values = new JsonObject();
        JsonParser.parseString(result.output())
                .getAsJsonObject()
                .entrySet()
                .forEach(output -> values.add(
                        output.getKey(), output.getValue().getAsJsonObject().get("value")));
        return values;
    }

    /** One run's exit code and combined output. */
    record Result(String command, int exitCode, String output) {

        /** This result, after failing unless the exit code is {@code expected}. */
        Result exits(int expected) {
            if (exitCode != expected) {
                throw new AssertionError(
                        "tofu " + command + " exited " + exitCode + ", not " + expected + ":\n" + output);
            }
            return this;
        }
    }
}
