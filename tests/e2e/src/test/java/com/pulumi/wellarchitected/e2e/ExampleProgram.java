package com.pulumi.wellarchitected.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An example program as Pulumi runs it: its {@code Pulumi.yaml} and the jar {@code mvn package} builds, copied into a
 * fresh project directory so that stack files never land in the repository.
 */
final class ExampleProgram {

    private static final Map<String, Path> BUILT_JARS = new HashMap<>();

    private ExampleProgram() {}

    /** Builds the example's jar once per test run and copies the runnable project into {@code projectDir}. */
    static void copyTo(Toolchain toolchain, String example, Path projectDir) throws IOException, InterruptedException {
        var jar = build(toolchain, example);
        var source = toolchain.example(example);
        Files.createDirectories(projectDir.resolve("target"));
        Files.copy(source.resolve("Pulumi.yaml"), projectDir.resolve("Pulumi.yaml"));
        Files.copy(jar, projectDir.resolve("target").resolve(jar.getFileName()));
    }

    private static synchronized Path build(Toolchain toolchain, String example)
            throws IOException, InterruptedException {
        var built = BUILT_JARS.get(example);
        if (built != null) {
            return built;
        }
        var source = toolchain.example(example);
        var command = new ArrayList<String>();
        command.add(maven());
        command.add("-B");
        command.add("-ntp");
        command.add("-q");
        var localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null) {
            // The SDK was installed into the build's local repository; the example must resolve it from there.
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        command.add("package");
        var log = Files.createTempFile("example-build", ".log");
        var process = new ProcessBuilder(command)
                .directory(source.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "`mvn package` of examples/" + example + " failed:\n" + Files.readString(log));
        }
        var jar = source.resolve("target").resolve(example + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("`mvn package` of examples/" + example + " made no " + jar);
        }
        BUILT_JARS.put(example, jar);
        return jar;
    }

    /** The Maven that runs this build (Surefire passes its home on), else whichever {@code mvn} is on PATH. */
    private static String maven() {
        var home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }
}
