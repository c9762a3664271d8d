package com.pulumi.wellarchitected.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

/**
 * tests/e2e/programs/lens-shares as Pulumi runs it: one lens shared with {@code shareCount} accounts, optionally with
 * customTimeouts. Built with {@code mvn package} once per test run, as {@link ExampleProgram} builds the examples.
 */
final class LensSharesProgram {

    static final String NAME = "lens-shares";
    /** The account the program shares with first; share {@code share-NNN} goes to this plus NNN. */
    static final long FIRST_ACCOUNT = 300_000_000_000L;

    private static Path builtJar;

    private LensSharesProgram() {}

    static String shareName(int index) {
        return String.format("share-%03d", index);
    }

    static String account(int index) {
        return String.format("%012d", FIRST_ACCOUNT + index);
    }

    /** Builds the program's jar once per test run and copies the runnable project into {@code projectDir}. */
    static void copyTo(Toolchain toolchain, Path projectDir) throws IOException, InterruptedException {
        var jar = build(toolchain);
        Files.createDirectories(projectDir.resolve("target"));
        Files.copy(source(toolchain).resolve("Pulumi.yaml"), projectDir.resolve("Pulumi.yaml"));
        Files.copy(jar, projectDir.resolve("target").resolve(jar.getFileName()));
    }

    private static Path source(Toolchain toolchain) {
        return toolchain.repository().resolve("tests/e2e/programs").resolve(NAME);
    }

    private static synchronized Path build(Toolchain toolchain) throws IOException, InterruptedException {
        if (builtJar != null) {
            return builtJar;
        }
        var source = source(toolchain);
        var command = new ArrayList<String>(java.util.List.of("mvn", "-B", "-ntp", "-q"));
        var localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null) {
            // The SDK was installed into the build's local repository; the program must resolve it from there.
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        command.add("package");
        var log = Files.createTempFile("lens-shares-build", ".log");
        var process = new ProcessBuilder(command)
                .directory(source.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "`mvn package` of tests/e2e/programs/" + NAME + " failed:\n" + Files.readString(log));
        }
        var jar = source.resolve("target").resolve(NAME + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("`mvn package` of tests/e2e/programs/" + NAME + " made no " + jar);
        }
        builtJar = jar;
        return jar;
    }
}
