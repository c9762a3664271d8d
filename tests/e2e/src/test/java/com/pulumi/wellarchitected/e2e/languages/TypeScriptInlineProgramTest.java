package com.pulumi.wellarchitected.e2e.languages;

import com.pulumi.wellarchitected.e2e.Toolchain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * examples/typescript through its life cycle: the generated SDK built with {@code tsc} from sdk/nodejs, and the
 * example with {@code @pulumi/pulumi} from npm, both at the versions of their package-lock.json.
 */
class TypeScriptInlineProgramTest extends InlineProgramLifecycle {

    @Override
    InlineProgram build(Toolchain toolchain, Path buildDir) throws Exception {
        var node = Tools.require("node", "the TypeScript end-to-end test runs examples/typescript with it");
        var npm = Tools.require("npm", "the TypeScript end-to-end test installs @pulumi/pulumi with it");
        var sdk = toolchain.repository().resolve("sdk/nodejs");
        var example = toolchain.example("typescript");
        // node_modules and bin/ of both are ignored by git; npm's own cache makes a second install quick.
        var install = List.of(npm.toString(), "ci", "--no-audit", "--no-fund");
        Tools.run(sdk, Map.of(), Duration.ofMinutes(10), install);
        Tools.run(sdk, Map.of(), Duration.ofMinutes(5), tsc(node, sdk));
        // The SDK's package is its compiled bin/ with the package description beside it, as Pulumi SDKs publish it.
        for (var file : List.of("package.json", "README.md")) {
            Files.copy(sdk.resolve(file), sdk.resolve("bin").resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Tools.run(example, Map.of(), Duration.ofMinutes(10), install);
        Tools.run(example, Map.of(), Duration.ofMinutes(5), tsc(node, example));
        return new InlineProgram(
                List.of(node.toString(), example.resolve("bin/index.js").toString()), List.of(node.getParent()));
    }

    private static List<String> tsc(Path node, Path project) {
        return List.of(
                node.toString(),
                project.resolve("node_modules/typescript/bin/tsc").toString(),
                "-p",
                project.toString());
    }
}
