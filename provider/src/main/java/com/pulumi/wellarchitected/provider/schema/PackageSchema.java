package com.pulumi.wellarchitected.provider.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The package's own part of the schema and its version, as the build wrote them into the provider's resources; the
 * resources and functions come from their declarations (see {@code Catalog}).
 */
public final class PackageSchema {

    /**
     * The generated schema, committed beside the sources for the SDK generator: a test fails when it differs from
     * what the provider serves.
     */
    public static final String SCHEMA_RESOURCE = "/schema.json";

    private static final String PACKAGE_RESOURCE = "/package.json";

    private static final String VERSION_RESOURCE = "/version.txt";

    private PackageSchema() {}

    /** The committed schema file, as the build filtered it. */
    public static String committedJson() {
        return resource(SCHEMA_RESOURCE);
    }

    /** The package's names, languages and configuration: everything in the schema but resources and functions. */
    public static String packageJson() {
        return resource(PACKAGE_RESOURCE);
    }

    /** The plugin's semantic version, the project version of the build. */
    public static String version() {
        return resource(VERSION_RESOURCE).strip();
    }

    private static String resource(String path) {
        try (InputStream in = PackageSchema.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the provider's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
