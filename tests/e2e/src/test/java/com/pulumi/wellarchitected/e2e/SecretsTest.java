package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider's {@code secretKey} and {@code token} set as Pulumi secrets, against an emulator that verifies
 * signatures with that secret key: after preview, up, refresh, a failing up and destroy, all run with
 * {@code -v=9 --logtostderr --logflow}, neither value appears in any output, log, error, stack export or file of
 * the test (the provider's own stderr included), nor in the emulator's state; and the emulator's state file is 0600.
 */
class SecretsTest {

    private static final String ACCESS_KEY = "AKIASECRETSTEST00001";

    @Test
    @DisplayName("secretKey and token configured as secrets appear in no log, error, export, file or emulator state")
    void configuredSecretsAppearNowhere(@TempDir Path workDir, @TempDir Path pluginsHome) throws Exception {
        var secretKey = "sEcReTkEy-" + UUID.randomUUID();
        var token = "sEsSiOnToKeN-" + UUID.randomUUID();
        var credentials = Files.writeString(
                workDir.resolve("emulator-credentials.json"),
                "{\"credentials\":[{"
                        + "\"accessKeyId\":\"" + ACCESS_KEY + "\",\"secretAccessKey\":\"" + secretKey
                        + "\",\"accountId\":\""
                        + LensSharesStack.OWNER + "\"}]}");
        var toolchain = Toolchain.locate();
        var providerStderr = workDir.resolve("provider-stderr.log");
        var teeing = providerWritingStderrTo(toolchain.withPluginsInstalledIn(pluginsHome), providerStderr);

        try (var stack = LensSharesStack.create(
                teeing, workDir, 3, Map.of("wellarchitected:accessKey", ACCESS_KEY), Optional.of(credentials))) {
            stack.pulumi.succeed("config", "set", "--secret", "wellarchitected:secretKey", secretKey);
            stack.pulumi.succeed("config", "set", "--secret", "wellarchitected:token", token);
            var verbose = new String[] {"-v=9", "--logtostderr", "--logflow"};
            var results = new ArrayList<CliResult>();

            results.add(stack.pulumi.succeed(args(verbose, "preview")));
            results.add(stack.pulumi.succeed(args(verbose, "up", "--yes", "--skip-preview")));
            assertThat(stack.emulator.shares())
                    .as("shares made with the configured secret key")
                    .hasSize(3);
            results.add(stack.pulumi.succeed(args(verbose, "refresh", "--yes", "--skip-preview")));
            stack.pulumi.setConfig(Map.of("shareCount", "4", "wellarchitected:maxRetries", "0"));
            stack.emulator.faults("{\"errorRate\":1.0,\"operations\":[\"CreateLensShare\"]}");
            var failing = stack.pulumi.run(args(verbose, "up", "--yes", "--skip-preview"));
            assertThat(failing.exitCode())
                    .as("exit code of the up meant to fail: %s", failing)
                    .isNotZero();
            results.add(failing);
            stack.emulator.faults("{}");
            var export = stack.pulumi.succeed("stack", "export");
            results.add(export);
            results.add(stack.pulumi.succeed(args(verbose, "destroy", "--yes", "--skip-preview")));

            var secrets = List.of(secretKey, token);
            for (var result : results) {
                for (var secret : secrets) {
                    assertThat(result.stdout() + result.stderr())
                            .as("output of `pulumi %s`", String.join(" ", result.command()))
                            .doesNotContain(secret);
                }
            }
            assertThat(stack.emulator.state().toString())
                    .as("the emulator's state")
                    .doesNotContain(secrets);
            for (var file : stack.allFiles()) {
                if (file.equals(credentials)) {
                    continue;
                }
                var content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (var secret : secrets) {
                    assertThat(content)
                            .as("file %s", workDir.relativize(file))
                            .doesNotContain(secret)
                            .doesNotContain(
                                    Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
                }
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stack.emulator.stateFile())))
                    .as("permissions of the emulator's state file")
                    .isEqualTo("rw-------");
            // The control: the checkpoint did hold both values, encrypted, so their absence above means something.
            var provider = export.json().getAsJsonObject("deployment").getAsJsonArray("resources").asList().stream()
                    .map(resource -> resource.getAsJsonObject())
                    .filter(resource -> resource.get("type").getAsString().equals("pulumi:providers:wellarchitected"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no wellarchitected provider in " + export));
            for (var key : List.of("secretKey", "token")) {
                assertThat(provider.getAsJsonObject("inputs")
                                .getAsJsonObject(key)
                                .has("ciphertext"))
                        .as("the checkpoint holds the provider's %s encrypted", key)
                        .isTrue();
            }
        }
    }

    private static String[] args(String[] verbose, String... command) {
        var all = new ArrayList<>(List.of(command));
        all.addAll(List.of(verbose));
        return all.toArray(String[]::new);
    }

    /**
     * The toolchain whose installed provider runs the real launcher with its standard error copied to
     * {@code stderrFile}: the engine shows a plugin's stderr only when it dies, the test reads it all. The launcher
     * moves aside within the plugin's directory, which it finds its runtime and jar by.
     */
    private static Toolchain providerWritingStderrTo(Toolchain toolchain, Path stderrFile) throws Exception {
        var launcher = toolchain.installedProvider();
        var real = launcher.resolveSibling("pulumi-resource-wellarchitected.real");
        Files.move(launcher, real);
        Files.writeString(
                launcher,
                "#!/usr/bin/env bash\nexec \"" + real + "\" \"$@\" 2> >(tee -a \"" + stderrFile + "\" >&2)\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(stderrFile, "");
        return toolchain;
    }
}
