package com.wellarchitectedlens.wellarchitected;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Java language host finds the plugin the SDK needs from {@code plugin.json} on the program's classpath. */
class PluginDescriptorTest {

    @Test
    void languageHostDiscoversTheWellarchitectedResourcePluginAtTheBuildVersion() throws Exception {
        // pulumi-language-java runs exactly this command on the program's classpath to learn which plugins to load.
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "com.pulumi.bootstrap.internal.Main",
                        "packages")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        var stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("exit code of 'Main packages'").isZero();

        var plugins = JsonParser.parseString(stdout).getAsJsonArray();
        assertThat(plugins).as("plugins discovered: %s", stdout).hasSize(1);
        var plugin = plugins.get(0).getAsJsonObject();
        assertThat(plugin.get("resource").getAsBoolean()).isTrue();
        assertThat(plugin.get("name").getAsString()).isEqualTo("wellarchitected");
        assertThat(plugin.get("version").getAsString()).isEqualTo(System.getProperty("wellarchitected.version"));
    }

    @Test
    void sdkVersionIsTheBuildVersion() {
        assertThat(Utilities.getVersion()).isEqualTo(System.getProperty("wellarchitected.version"));
    }
}
