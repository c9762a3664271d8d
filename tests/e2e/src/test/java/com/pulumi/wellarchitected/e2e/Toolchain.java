package com.pulumi.wellarchitected.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the end-to-end tests find the real programs they drive: {@code pulumi} and {@code pulumi-language-java} in
 * {@code PULUMI_TOOLCHAIN_BIN}, the provider launcher in {@code provider/bin}, the examples in the repository.
 * A missing piece fails the run with the command that provides it; the tests never skip.
 */
public record Toolchain(Path pulumiBin, Path providerBin, Path repository) {

    public static Toolchain locate() {
        var repository = Path.of(System.getProperty("wellarchitected.repository", "../.."))
                .toAbsolutePath()
                .normalize();
        var configured = System.getenv("PULUMI_TOOLCHAIN_BIN");
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException(
                    "PULUMI_TOOLCHAIN_BIN is not set. The end-to-end tests run the real `pulumi`"
                            + " CLI: run `make pulumi` to build it, then `make e2e` or `make test` (both set PULUMI_TOOLCHAIN_BIN),"
                            + " or export PULUMI_TOOLCHAIN_BIN=$(toolchain/build.sh)");
        }
        var pulumiBin = Path.of(configured).toAbsolutePath();
        for (var program : new String[] {"pulumi", "pulumi-language-java"}) {
            requireExecutable(
                    pulumiBin.resolve(program),
                    "PULUMI_TOOLCHAIN_BIN=" + configured + " holds no executable `" + program
                            + "`: run `make pulumi` and point PULUMI_TOOLCHAIN_BIN at the directory it prints");
        }
        var providerBin = repository.resolve("provider/bin");
        requireExecutable(
                providerBin.resolve("pulumi-resource-wellarchitected"),
                "the provider plugin is not built: run `make build`");
        return new Toolchain(pulumiBin, providerBin, repository);
    }

    public Path example(String name) {
        return repository.resolve("examples").resolve(name);
    }

    private static void requireExecutable(Path file, String message) {
        if (!Files.isExecutable(file)) {
            throw new IllegalStateException(message + " (looked for " + file + ")");
        }
    }
}
