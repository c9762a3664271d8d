package com.pulumi.wellarchitected.terraform;

import com.pulumi.wellarchitected.terraform.protocol.AttributePath;
import com.pulumi.wellarchitected.terraform.protocol.Diagnostic;
import java.util.Map;

/** Error diagnostics, with the core's Pulumi property names in their text turned into the attribute names. */
final class Diagnostics {

    private Diagnostics() {}

    static Diagnostic error(String summary, String detail) {
        return Diagnostic.newBuilder()
                .setSeverity(Diagnostic.Severity.ERROR)
                .setSummary(summary)
                .setDetail(detail)
                .build();
    }

    /** An error about one attribute: the CLI shows it at that attribute's line in the configuration. */
    static Diagnostic attributeError(String attribute, String summary, String detail) {
        return error(summary, detail).toBuilder()
                .setAttribute(AttributePath.newBuilder()
                        .addSteps(AttributePath.Step.newBuilder().setAttributeName(attribute)))
                .build();
    }

    /** {@code text} with every property name of {@code names} (Pulumi's name to ours) replaced by ours. */
    static String renamed(String text, Map<String, String> names) {
        String renamed = text;
        for (Map.Entry<String, String> name : names.entrySet()) {
            renamed = renamed.replace(name.getKey(), name.getValue());
        }
        return renamed;
    }
}
