package com.pulumi.wellarchitected.terraform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real {@code tofu} CLI in one working directory, using this build of the provider through dev_overrides. */
final class Tofu {

    static final String SOURCE = "terraform.local/wellarchitected/wellarchitected";
    private static final long TIMEOUT_SECONDS = 300;

    private final Path executable;
    private final Path workDir;
    private final Path cliConfig;

    private Tofu(Path executable, Path workDir, Path cliConfig) {
        this.executable = executable;
        this.workDir = workDir;
        this.cliConfig = cliConfig;
    }

    /**
     * The toolchain's {@code tofu} (from {@code PULUMI_TOOLCHAIN_BIN}, else the toolchain cache), with a CLI
     * configuration that takes the provider from {@code providerBin}; fails when the CLI has not been built.
     */
    static Tofu in(Path workDir, Path providerBin) throws IOException {
        String bin = System.getenv()
                .getOrDefault(
                        "PULUMI_TOOLCHAIN_BIN",
                        Path.of(System.getProperty("user.home"), ".cache/pulumi-wellarchitected/toolchain/bin")
                                .toString());
        Path executable = Path.of(bin, "tofu");
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException(
                    executable + " is missing: build it with toolchain/build.sh (or set PULUMI_TOOLCHAIN_BIN)");
        }
        Path cliConfig = workDir.resolve("cli.tfrc");
        Files.writeString(
                cliConfig,
                "provider_installation {\n  dev_overrides {\n    \"" + SOURCE + "\" = \"" + providerBin.toAbsolutePath()
                        + "\"\n  }\n  direct {}\n}\n");
        return new Tofu(executable, workDir, cliConfig);
    }

    /**
     * The {@code terraform} block requiring this provider and its default configuration, with the given access key
     * (the emulator's account) and secret key, against {@code endpoint}.
     */
    static String providerBlock(String region, String accessKey, String secretKey, String endpoint) {
        return providerBlock(region, accessKey, secretKey, endpoint, "");
    }

    /** The same, with more settings of the provider block, one {@code name = value} per line. */
    static String providerBlock(String region, String accessKey, String secretKey, String endpoint, String settings) {
        return """
                terraform {
                  required_providers {
                    wellarchitected = { source = "%s" }
                  }
                }
                provider "wellarchitected" {
                  region     = "%s"
                  access_key = "%s"
                  secret_key = "%s"
                  endpoint   = "%s"
                %s}
                """.formatted(SOURCE, region, accessKey, secretKey, endpoint, settings);
    }

    /** Runs {@code tofu <subcommand> <args>} to its end and returns its exit code and output. */
    Result run(String... args) {
        // The subcommand, then -no-color: the output is matched as text, which colour codes would split.
        List<String> command = new ArrayList<>(List.of(executable.toString(), args[0], "-no-color"));
        command.addAll(List.of(args).subList(1, args.length));
        Path log = workDir.resolve("tofu.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        // The machine's own CLI settings and AWS credentials must not reach the run.
        env.keySet().removeIf(key -> key.startsWith("TF_") || key.startsWith("AWS_"));
        env.put("TF_CLI_CONFIG_FILE", cliConfig.toString());
        env.put("TF_IN_AUTOMATION", "1");
        env.put("TF_INPUT", "0");
        env.put("CHECKPOINT_DISABLE", "1");
        try {
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("tofu " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS
                        + " s:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(
                    String.join(" ", args), process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
