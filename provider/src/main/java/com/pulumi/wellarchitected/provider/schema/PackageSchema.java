package com.pulumi.wellarchitected.provider.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The package schema and version, as the build wrote them into the provider's resources. */
public final class PackageSchema {

    /** The schema's resource path: the single source the SDK is checked against. */
    public static final String SCHEMA_RESOURCE = "/schema.json";

    private static final String VERSION_RESOURCE = "/version.txt";

    private PackageSchema() {}

    public static String json() {
        return resource(SCHEMA_RESOURCE);
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
