package com.pulumi.wellarchitected.bench.harness;

import java.nio.file.Files;
import java.nio.file.Path;

/** The two plugins every figure compares: this project's Java provider and the same resource written in Go. */
public enum Plugin {
    JAVA("Java"),
    GO("Go");

    private final String label;

    Plugin(String label) {
        this.label = label;
    }

    /** How tables name the plugin. */
    public String label() {
        return label;
    }

    /** The plugin's executable, named {@code pulumi-resource-wellarchitected} as the engine looks it up. */
    public Path executable() {
        return switch (this) {
            case JAVA -> Repository.providerLauncher();
            case GO -> goAnchor();
        };
    }

    /** The directory to put on {@code PATH} so that the engine finds this plugin and no other. */
    public Path directory() {
        return executable().getParent();
    }

    private static Path goAnchor() {
        String directory = System.getProperty("bench.goAnchor");
        if (directory == null) {
            throw new IllegalStateException(
                    "-Dbench.goAnchor is not set: bench/run.sh sets it to the directory bench/anchors/build.sh prints");
        }
        Path executable = Path.of(directory, "pulumi-resource-wellarchitected");
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException(executable + " is missing: build it with bench/anchors/build.sh");
        }
        return executable;
    }
}
