package com.pulumi.wellarchitected.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The plugin archives the tests install, as a user would, with {@code pulumi plugin install <kind> <name> <version>
 * --file <archive>}: the provider's from {@code make dist} and the Java and YAML language hosts' from the toolchain.
 */
record PluginArchives(List<Archive> archives) {

    /** One archive, named as Pulumi names plugin archives: {@code pulumi-<kind>-<name>-v<version>-linux-amd64.tar.gz}. */
    record Archive(String kind, String name, String version, Path file) {}

    private static final Pattern NAME =
            Pattern.compile("pulumi-(resource|language)-([a-z]+)-v([^-]+)-linux-amd64\\.tar\\.gz");

    static PluginArchives find(Path repository, Path pulumiBin) throws IOException {
        var version = System.getProperty("wellarchitected.version");
        if (version == null) {
            throw new IllegalStateException("the system property wellarchitected.version (the project version) is not"
                    + " set: run the tests through Maven (`make e2e`)");
        }
        var provider = repository.resolve("dist/pulumi-resource-wellarchitected-v" + version + "-linux-amd64.tar.gz");
        var languageHosts = pulumiBin.resolveSibling("plugins");
        var archives = new ArrayList<Archive>();
        archives.add(archive(provider, "the provider's plugin archive is not built: run `make dist`"));
        for (var language : List.of("java", "yaml")) {
            archives.add(archive(
                    latest(languageHosts, "pulumi-language-" + language + "-"),
                    "the toolchain holds no " + language + " language host archive: run `make pulumi`"));
        }
        return new PluginArchives(archives);
    }

    /**
     * Installs every archive into a fresh {@code pulumiHome} (its former plugins are removed first, so the archives
     * just built are the ones installed) and returns its plugin directory.
     */
    Path installInto(Path pulumiBin, Path pulumiHome) throws IOException, InterruptedException {
        var plugins = pulumiHome.resolve("plugins");
        if (Files.exists(plugins)) {
            try (var files = Files.walk(plugins)) {
                for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(pulumiHome);
        for (var archive : archives) {
            Map<String, String> environment = new TreeMap<>();
            environment.put("PATH", "/usr/bin:/bin");
            environment.put("HOME", pulumiHome.toString());
            environment.put("PULUMI_HOME", pulumiHome.toString());
            environment.put("PULUMI_SKIP_UPDATE_CHECK", "true");
            if (archive.kind().equals("language") && archive.name().equals("yaml")) {
                // The official CLI ships its YAML host beside itself and refuses to install one unless in
                // development mode; this toolchain builds it apart, so it is installed like any other plugin.
                environment.put("PULUMI_DEV", "true");
            }
            var command = List.of(
                    pulumiBin.resolve("pulumi").toString(),
                    "plugin",
                    "install",
                    archive.kind(),
                    archive.name(),
                    archive.version(),
                    "--file",
                    archive.file().toString());
            var log = pulumiHome.resolve("install-" + archive.name() + ".log");
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            var process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "`" + String.join(" ", command) + "` failed:\n" + Files.readString(log));
            }
        }
        return plugins;
    }

    private static Archive archive(Path file, String missing) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalStateException(missing + (file == null ? "" : " (looked for " + file + ")"));
        }
        var matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            throw new IllegalStateException(file + " is not named pulumi-<kind>-<name>-v<version>-linux-amd64.tar.gz");
        }
        return new Archive(matcher.group(1), matcher.group(2), matcher.group(3), file);
    }

    private static Path latest(Path directory, String prefix) throws IOException {
        if (!Files.isDirectory(directory)) {
            return null;
        }
        try (var files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .max(Comparator.comparing(Path::toString))
                    .orElse(null);
        }
    }
}
