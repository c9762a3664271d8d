package com.pulumi.wellarchitected.e2e.languages;

import com.pulumi.wellarchitected.e2e.Toolchain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * examples/go through its life cycle: built with {@code go build} against the generated SDK in sdk/go and
 * {@code github.com/pulumi/pulumi/sdk/v3} at the versions of its go.sum (Go's module and build caches make a second
 * build quick).
 */
class GoInlineProgramTest extends InlineProgramLifecycle {

    @Override
    InlineProgram build(Toolchain toolchain, Path buildDir) throws Exception {
        var go = Tools.require("go", "the Go end-to-end test builds examples/go with it");
        var binary = buildDir.resolve("lens-share");
        Tools.run(
                toolchain.example("go"),
                Map.of(),
                Duration.ofMinutes(10),
                List.of(go.toString(), "build", "-o", binary.toString(), "."));
        return new InlineProgram(List.of(binary.toString()), List.of());
    }
}
