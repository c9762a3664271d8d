package com.pulumi.wellarchitected.bench.terraform;

import com.pulumi.wellarchitected.bench.harness.EmulatorControl;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A working directory of the real {@code tofu} CLI holding a generated configuration of N lens shares
 * ({@code count = N}) on one lens, with the provider installed by {@code tofu init} from the filesystem mirror of
 * {@code make dist}, as a user installs it. The shares go to the same accounts as the Pulumi benchmark's.
 */
final class TofuWorkspace {

    static final String SOURCE = "terraform.local/wellarchitected/wellarchitected";
    private static final long COMMAND_TIMEOUT_MINUTES = 10;

    private final Path tofu;
    private final Path directory;
    private final Path logs;
    private final Map<String, String> environment = new TreeMap<>();

    private TofuWorkspace(Path tofu, Path directory, Path logs) {
        this.tofu = tofu;
        this.directory = directory;
        this.logs = logs;
    }

    /** Writes the configuration and the CLI configuration under {@code workDir} and runs {@code tofu init}. */
    static TofuWorkspace init(Path tofu, Path mirror, Path workDir, Path logs, URI endpoint, int count)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(tofu)) {
            throw new IllegalStateException(tofu + " is missing: `make pulumi` (toolchain/build.sh) builds it");
        }
        if (!Files.isDirectory(mirror.resolve(SOURCE))) {
            throw new IllegalStateException(
                    "the filesystem mirror " + mirror + " holds no " + SOURCE + ": run `make dist`");
        }
        Path directory = Files.createDirectories(workDir.resolve("shares"));
        Files.writeString(workDir.resolve("cli.tfrc"), """
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
        Files.writeString(directory.resolve("main.tf"), """
                terraform {
                  required_providers {
                    wellarchitected = { source = "%s" }
                  }
                }
                variable "lens_arn" { type = string }
                provider "wellarchitected" {
                  region   = "%s"
                  endpoint = "%s"
                }
                resource "wellarchitected_lens_share" "share" {
                  count       = %d
                  lens_alias  = var.lens_arn
                  shared_with = format("%%012d", 200000000000 + count.index)
                }
                """.formatted(SOURCE, EmulatorControl.REGION, endpoint, count));
        TofuWorkspace workspace = new TofuWorkspace(tofu, directory, Files.createDirectories(logs));
        workspace.environment.put("PATH", "/usr/bin:/bin");
        workspace.environment.put(
                "HOME", Files.createDirectories(workDir.resolve("home")).toString());
        workspace.environment.put(
                "TF_CLI_CONFIG_FILE", workDir.resolve("cli.tfrc").toString());
        workspace.environment.put("TF_IN_AUTOMATION", "1");
        workspace.environment.put("TF_INPUT", "0");
        workspace.environment.put("CHECKPOINT_DISABLE", "1");
        workspace.environment.put("AWS_ACCESS_KEY_ID", EmulatorControl.OWNER);
        workspace.environment.put("AWS_SECRET_ACCESS_KEY", "x");
        // No AWS file on this machine may change who the provider is.
        workspace.environment.put(
                "AWS_CONFIG_FILE", workDir.resolve("no-aws-config").toString());
        workspace.environment.put(
                "AWS_SHARED_CREDENTIALS_FILE",
                workDir.resolve("no-aws-credentials").toString());
        workspace.run(0, "init");
        return workspace;
    }

    /** The launcher {@code tofu init} installed, as the CLI starts it (through the package directory's link). */
    Path installedProvider(String version) {
        return directory.resolve(".terraform/providers/" + SOURCE + "/" + version
                + "/linux_amd64/terraform-provider-wellarchitected_v" + version);
    }

    /** Runs {@code tofu <args>} and returns its wall time in seconds; fails unless it exits {@code expectedExit}. */
    double timed(int expectedExit, String... args) throws IOException, InterruptedException {
        long start = System.nanoTime();
        run(expectedExit, args);
        return (System.nanoTime() - start) / 1e9;
    }

    private void run(int expectedExit, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tofu.toString()));
        command.addAll(List.of(args));
        command.add("-no-color");
        Path log = logs.resolve("tofu-" + args[0] + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(COMMAND_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("tofu " + String.join(" ", args) + " did not finish in "
                    + COMMAND_TIMEOUT_MINUTES + " minutes; see " + log);
        }
        if (process.exitValue() != expectedExit) {
            throw new IllegalStateException("tofu " + String.join(" ", args) + " exited " + process.exitValue()
                    + ", not " + expectedExit + ":\n" + Files.readString(log));
        }
    }
}
