package com.pulumi.wellarchitected.bench.harness;

import java.nio.file.Path;

/** Where the built project lives: {@code bench/run.sh} passes the clone's root as {@code -Dbench.root}. */
public final class Repository {

    private Repository() {}

    public static Path root() {
        return Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    }

    /** The provider's launcher, as the engine finds it on {@code PATH}. */
    public static Path providerLauncher() {
        return root().resolve("provider/bin/pulumi-resource-wellarchitected");
    }

    /** Where the benchmarks put their logs, beside the results. */
    public static Path logs() {
        return root().resolve("bench/results/logs");
    }
}
