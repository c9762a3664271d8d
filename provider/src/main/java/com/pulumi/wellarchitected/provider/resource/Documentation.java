package com.pulumi.wellarchitected.provider.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A resource type's schema description, kept as Markdown in {@code docs/<Name>.md} among the provider's resources:
 * long texts with examples in five languages read better there than in Java strings.
 */
public final class Documentation {

    private Documentation() {}

    public static String of(String resourceName) {
        String path = "/docs/" + resourceName + ".md";
        try (InputStream in = Documentation.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the provider's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
