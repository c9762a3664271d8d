package com.pulumi.wellarchitected.bench.startup;

import com.pulumi.wellarchitected.bench.harness.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The plugin archive {@code make dist} writes ({@code dist/pulumi-resource-wellarchitected-v<version>-linux-amd64.tar.gz},
 * the launcher at its root), extracted as {@code pulumi plugin install} would, so that its start-up is measured as
 * users get it.
 */
final class PluginArchive {

    private PluginArchive() {}

    /** The extracted archive's launcher, or empty when there is no archive in {@code dist/}. */
    static Optional<Path> extractedLauncher() throws IOException, InterruptedException {
        Path dist = Repository.root().resolve("dist");
        if (!Files.isDirectory(dist)) {
            return Optional.empty();
        }
        Optional<Path> archive;
        try (Stream<Path> files = Files.list(dist)) {
            archive = files.filter(file -> file.getFileName()
                            .toString()
                            .matches("pulumi-resource-wellarchitected-v.*-linux-amd64\\.tar\\.gz"))
                    .sorted()
                    .reduce((first, second) -> second);
        }
        if (archive.isEmpty()) {
            return Optional.empty();
        }
        Path directory = Files.createTempDirectory("wellarchitected-plugin-");
        Process tar = new ProcessBuilder("tar", "-xzf", archive.get().toString(), "-C", directory.toString())
                .inheritIO()
                .start();
        if (tar.waitFor() != 0) {
            throw new IllegalStateException("could not extract " + archive.get());
        }
        Path launcher = directory.resolve("pulumi-resource-wellarchitected");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException(archive.get() + " holds no executable pulumi-resource-wellarchitected");
        }
        return Optional.of(launcher);
    }
}
