package com.pulumi.wellarchitected.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the end-to-end tests find the real programs they drive: {@code pulumi} in {@code PULUMI_TOOLCHAIN_BIN}, the
 * plugins installed from their archives (the provider's from {@code make dist}, the language hosts' from the
 * toolchain) in {@link #plugins()}, the examples in the repository. A missing piece fails the run with the command
 * that provides it; the tests never skip.
 */
public record Toolchain(Path pulumiBin, Path plugins, Path repository) {

    private static Toolchain located;

    /** The toolchain with the plugins installed once per test run, shared by every project. */
    public static synchronized Toolchain locate() throws IOException, InterruptedException {
        if (located == null) {
            var repository = locateRepository();
            var pulumiBin = locatePulumiBin();
            var home = repository.resolve("tests/e2e/target/installed-plugins");
            located = new Toolchain(
                    pulumiBin, PluginArchives.find(repository, pulumiBin).installInto(pulumiBin, home), repository);
        }
        return located;
    }

    /** This toolchain with the same plugins installed afresh under {@code pulumiHome}, for a test that alters them. */
    Toolchain withPluginsInstalledIn(Path pulumiHome) throws IOException, InterruptedException {
        return new Toolchain(
                pulumiBin, PluginArchives.find(repository, pulumiBin).installInto(pulumiBin, pulumiHome), repository);
    }

    public Path pulumi() {
        return pulumiBin.resolve("pulumi");
    }

    /** The installed provider's launcher, as the engine starts it. */
    public Path installedProvider() throws IOException {
        try (var dirs = Files.list(plugins)) {
            return dirs.filter(dir -> dir.getFileName().toString().startsWith("resource-wellarchitected-v"))
                    .map(dir -> dir.resolve("pulumi-resource-wellarchitected"))
                    .filter(Files::isExecutable)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no wellarchitected resource plugin in " + plugins));
        }
    }

    public Path example(String name) {
        return repository.resolve("examples").resolve(name);
    }

    private static Path locateRepository() {
        return Path.of(System.getProperty("wellarchitected.repository", "../.."))
                .toAbsolutePath()
                .normalize();
    }

    private static Path locatePulumiBin() {
        var configured = System.getenv("PULUMI_TOOLCHAIN_BIN");
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException(
                    "PULUMI_TOOLCHAIN_BIN is not set. The end-to-end tests run the real `pulumi`"
                            + " CLI: run `make pulumi` to build it, then `make e2e` or `make test` (both set PULUMI_TOOLCHAIN_BIN),"
                            + " or export PULUMI_TOOLCHAIN_BIN=$(toolchain/build.sh)");
        }
        var pulumiBin = Path.of(configured).toAbsolutePath();
        if (!Files.isExecutable(pulumiBin.resolve("pulumi"))) {
            throw new IllegalStateException("PULUMI_TOOLCHAIN_BIN=" + configured + " holds no executable `pulumi`: run"
                    + " `make pulumi` and point PULUMI_TOOLCHAIN_BIN at the directory it prints");
        }
        return pulumiBin;
    }
}
