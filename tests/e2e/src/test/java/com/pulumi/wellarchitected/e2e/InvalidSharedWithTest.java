package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/** Scenario 7 of the end-to-end contract: bad input fails in preview, by property, before any API call. */
class InvalidSharedWithTest {

    @Test
    @DisplayName("7. an invalid sharedWith fails pulumi preview with the property-level message and calls nothing")
    void invalidSharedWithFailsPreviewBeforeAnyCall(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path workDir)
            throws Exception {
        try (var stack = LensShareExampleStack.create(
                workDir, "12345", "arn:aws:iam::444455556666:user/lens-reviewer", "ou-ab12-cdef3456")) {
            var preview = stack.pulumi.run("preview", "--json");

            assertThat(preview.exitCode()).as("exit code of %s", preview).isNotZero();
            var errors = preview.json().getAsJsonArray("diagnostics").asList().stream()
                    .map(d -> d.getAsJsonObject())
                    .filter(d -> d.get("severity").getAsString().equals("error")
                            && d.has("urn")
                            && !d.get("urn").isJsonNull())
                    .map(d ->
                            d.get("urn").getAsString() + " " + d.get("message").getAsString())
                    .toList();
            // The engine reports a Check failure per resource, naming the property and the provider's reason.
            assertThat(errors)
                    .as("error diagnostics of %s", preview)
                    .singleElement()
                    .asString()
                    .contains("::wellarchitected:index:LensShare::lens-to-account ")
                    .contains("property sharedWith value {12345} has a problem")
                    .contains("12 digits");
            assertThat(stack.emulator.metrics().get("total").getAsInt())
                    .as("requests the emulator received")
                    .isZero();
            assertThat(stack.emulator.shares()).isEmpty();
        }
    }
}
