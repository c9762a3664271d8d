package com.pulumi.wellarchitected.provider.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.wellarchitected.provider.schema.PackageSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The committed schema.json, which the SDKs are generated from, is what the declarations give. Run with
 * {@code -Dschema.write=true} to write it after changing a declaration, then {@code make sdk}.
 */
class SchemaFileTest {

    private static final Path SOURCE = Path.of("src/main/resources/schema.json");

    @Test
    void theCommittedSchemaIsWhatTheDeclarationsGive() throws IOException {
        String served = new Catalog(Optional.empty(), new WellArchitectedApis(null, null, null, null), (urn, m) -> {})
                .schemaJson();
        if (Boolean.getBoolean("schema.write")) {
            String version = PackageSchema.version();
            Files.writeString(
                    SOURCE,
                    served.replace("\"version\": \"" + version + "\",", "\"version\": \"${project.version}\","),
                    StandardCharsets.UTF_8);
        }

        assertThat(served)
                .as("provider/src/main/resources/schema.json differs from the declarations: run this test with"
                        + " -Dschema.write=true, then make sdk")
                .isEqualTo(PackageSchema.committedJson());
    }
}
