package com.pulumi.wellarchitected.provider.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.Empty;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.GetSchemaRequest;

/** The schema is the single source the SDK is checked against: what GetSchema serves is the resource file. */
class SchemaTest {

    private ProviderFixture fixture;
    private JsonObject schema;

    @BeforeEach
    void start() throws Exception {
        fixture = new ProviderFixture();
        schema = JsonParser.parseString(fixture.provider
                        .getSchema(GetSchemaRequest.getDefaultInstance())
                        .getSchema())
                .getAsJsonObject();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void thePackageIsWellarchitectedAtTheBuildVersion() {
        assertThat(schema.get("name").getAsString()).isEqualTo("wellarchitected");
        assertThat(schema.get("version").getAsString()).isEqualTo("0.1.0");
        assertThat(fixture.provider.getPluginInfo(Empty.getDefaultInstance()).getVersion())
                .isEqualTo("0.1.0");
        JsonObject java = schema.getAsJsonObject("language").getAsJsonObject("java");
        assertThat(java.get("basePackage").getAsString()).isEqualTo("com.wellarchitectedlens");
        assertThat(java.getAsJsonObject("packages").get("wellarchitected").getAsString())
                .isEqualTo("wellarchitected");
    }

    @Test
    void lensShareHasItsDocumentedInputsAndOutputs() {
        JsonObject lensShare = schema.getAsJsonObject("resources").getAsJsonObject("wellarchitected:index:LensShare");

        assertThat(lensShare.get("description").getAsString())
                .contains("LensShareArgs.builder()")
                .contains("pulumi import wellarchitected:index:LensShare");
        assertThat(lensShare.getAsJsonObject("inputProperties").keySet()).containsExactly("lensAlias", "sharedWith");
        assertThat(strings(lensShare, "requiredInputs")).containsExactly("lensAlias", "sharedWith");
        assertThat(lensShare.getAsJsonObject("properties").keySet())
                .containsExactly("lensAlias", "sharedWith", "shareId", "status", "statusMessage", "lensArn");
        assertThat(strings(lensShare, "required"))
                .containsExactly("lensAlias", "sharedWith", "shareId", "status", "lensArn");
        for (String group : List.of("inputProperties", "properties")) {
            lensShare.getAsJsonObject(group).entrySet().forEach(property -> {
                assertThat(property.getValue().getAsJsonObject().get("type").getAsString())
                        .isEqualTo("string");
                assertThat(property.getValue()
                                .getAsJsonObject()
                                .get("description")
                                .getAsString())
                        .isNotBlank();
            });
        }
    }

    @Test
    void theProviderConfigurationMarksTheCredentialsSecret() {
        JsonObject variables = schema.getAsJsonObject("config").getAsJsonObject("variables");
        JsonObject providerInputs = schema.getAsJsonObject("provider").getAsJsonObject("inputProperties");

        for (JsonObject config : List.of(variables, providerInputs)) {
            assertThat(config.keySet())
                    .containsExactly("region", "profile", "accessKey", "secretKey", "token", "endpoint", "maxRetries");
            config.entrySet().forEach(entry -> {
                JsonObject property = entry.getValue().getAsJsonObject();
                boolean secret =
                        property.has("secret") && property.get("secret").getAsBoolean();
                assertThat(secret)
                        .as(entry.getKey())
                        .isEqualTo(List.of("secretKey", "token").contains(entry.getKey()));
                assertThat(property.get("type").getAsString())
                        .isEqualTo(entry.getKey().equals("maxRetries") ? "integer" : "string");
                assertThat(property.get("description").getAsString()).isNotBlank();
            });
        }
    }

    @Test
    void getSchemaServesTheResourceFileOfTheProviderJar() throws IOException {
        try (InputStream file = getClass().getResourceAsStream("/schema.json")) {
            assertThat(fixture.provider
                            .getSchema(GetSchemaRequest.getDefaultInstance())
                            .getSchema())
                    .isEqualTo(new String(file.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<String> strings(JsonObject object, String key) {
        return object.getAsJsonArray(key).asList().stream()
                .map(e -> e.getAsString())
                .toList();
    }
}
