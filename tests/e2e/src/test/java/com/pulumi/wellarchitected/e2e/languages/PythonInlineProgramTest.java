package com.pulumi.wellarchitected.e2e.languages;

import com.pulumi.wellarchitected.e2e.Toolchain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * examples/python through its life cycle: a virtual environment with {@code pulumi} from PyPI at the versions of
 * examples/python/requirements.txt (kept in the cache for later runs) and the generated SDK installed from sdk/python.
 */
class PythonInlineProgramTest extends InlineProgramLifecycle {

    @Override
    InlineProgram build(Toolchain toolchain, Path buildDir) throws Exception {
        var python = Tools.require("python3", "the Python end-to-end test runs examples/python with it");
        var example = toolchain.example("python");
        var requirements = example.resolve("requirements.txt");
        var venv = Tools.CACHE.resolve("python-venv").resolve(hash(requirements));
        var venvPython = venv.resolve("bin/python");
        // Written last: a venv without it was interrupted while installing and is made again.
        var complete = venv.resolve("installed-requirements.txt");
        if (!Files.isRegularFile(complete)) {
            deleteRecursively(venv);
            Files.createDirectories(venv.getParent());
            Tools.run(
                    example,
                    Map.of(),
                    Duration.ofMinutes(2),
                    List.of(python.toString(), "-m", "venv", venv.toString()));
            Tools.run(
                    example,
                    Map.of(),
                    Duration.ofMinutes(10),
                    List.of(venvPython.toString(), "-m", "pip", "install", "-q", "-r", requirements.toString()));
            Files.copy(requirements, complete);
        }
        // A copy, so that building the package leaves nothing in sdk/python.
        var sdk = copy(toolchain.repository().resolve("sdk/python"), buildDir.resolve("sdk-python"));
        Tools.run(
                buildDir,
                Map.of(),
                Duration.ofMinutes(5),
                List.of(
                        venv.resolve("bin/pip").toString(),
                        "install",
                        "-q",
                        "--no-deps",
                        "--force-reinstall",
                        sdk.toString()));
        return new InlineProgram(List.of(venvPython.toString(), example.toString()), List.of(venv.resolve("bin")));
    }

    private static String hash(Path file) throws IOException, NoSuchAlgorithmException {
        var digest = MessageDigest.getInstance("SHA-256")
                .digest(Files.readString(file).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 16);
    }

    static Path copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (var file : (Iterable<Path>) files::iterator) {
                var destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
        return target;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (var file : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
