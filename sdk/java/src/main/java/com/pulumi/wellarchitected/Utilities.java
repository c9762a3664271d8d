package com.pulumi.wellarchitected;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The SDK's version, read from the {@code version.txt} resource that the build writes beside {@code plugin.json}.
 */
public final class Utilities {

    private static final String VERSION_RESOURCE = "com/pulumi/wellarchitected/version.txt";
    private static final String VERSION = readVersion();

    private Utilities() {}

    /**
     * @return the SDK version, which is also the version of the {@code wellarchitected} plugin it asks the engine for
     */
    public static String getVersion() {
        return VERSION;
    }

    private static String readVersion() {
        var stream = Utilities.class.getClassLoader().getResourceAsStream(VERSION_RESOURCE);
        if (stream == null) {
            throw new IllegalStateException(
                    String.format("expected resource '%s' on Classpath, not found", VERSION_RESOURCE));
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().collect(Collectors.joining("\n")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
