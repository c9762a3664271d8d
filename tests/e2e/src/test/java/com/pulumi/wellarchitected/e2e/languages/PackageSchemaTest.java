package com.pulumi.wellarchitected.e2e.languages;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.wellarchitected.e2e.Toolchain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema every SDK is generated from, as {@code pulumi package get-schema} reads it from the plugin. */
class PackageSchemaTest {

    @TempDir
    Path workDir;

    @Test
    void getSchemaPrintsTheSchemaWithEveryLanguagesPackageAndBindsItWithoutError() throws Exception {
        var toolchain = Toolchain.locate();
        var stdout = workDir.resolve("schema.json");
        var stderr = workDir.resolve("stderr");
        var builder = new ProcessBuilder(
                        toolchain.pulumiBin().resolve("pulumi").toString(),
                        "package",
                        "get-schema",
                        toolchain.installedProvider().toString())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment()
                .put(
                        "PULUMI_HOME",
                        Files.createDirectories(workDir.resolve("pulumi-home")).toString());
        builder.environment().put("PULUMI_SKIP_UPDATE_CHECK", "true");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        var process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        // get-schema binds the schema and fails on an error; sdk/generator refuses a schema with a warning too.
        assertThat(Files.readString(stderr, StandardCharsets.UTF_8)).isEmpty();
        assertThat(process.exitValue()).isZero();
        var schema = JsonParser.parseString(Files.readString(stdout, StandardCharsets.UTF_8))
                .getAsJsonObject();
        assertThat(schema.get("name").getAsString()).isEqualTo("wellarchitected");
        assertThat(schema.get("version").getAsString()).isEqualTo("0.1.0");
        assertThat(schema.get("repository").getAsString()).isNotBlank();
        JsonObject language = schema.getAsJsonObject("language");
        assertThat(language.getAsJsonObject("java").get("basePackage").getAsString())
                .isEqualTo("com.wellarchitectedlens");
        assertThat(language.getAsJsonObject("python").get("packageName").getAsString())
                .isEqualTo("wellarchitected_lens");
        assertThat(language.getAsJsonObject("nodejs").get("packageName").getAsString())
                .isEqualTo("@wellarchitected-lens/wellarchitected");
        assertThat(language.getAsJsonObject("go").get("importBasePath").getAsString())
                .isEqualTo("github.com/wellarchitected-lens/pulumi-wellarchitected/sdk/go/wellarchitected");
    }
}
