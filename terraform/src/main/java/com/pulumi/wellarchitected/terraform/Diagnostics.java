package com.pulumi.wellarchitected.terraform;

import com.pulumi.wellarchitected.terraform.protocol.AttributePath;
import com.pulumi.wellarchitected.terraform.protocol.Diagnostic;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Error diagnostics, with the core's Pulumi property names in their text turned into the attribute names. */
final class Diagnostics {

    private static final Pattern PULUMI_IMPORT =
            Pattern.compile("with Pulumi, run `pulumi import \\S+ \\S+ ('[^']*')`");

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

    /**
     * {@code text} with every property name of {@code names} (Pulumi's name to ours) replaced by ours, the longest
     * first, so that {@code sharedWithPrefix} is not taken for {@code sharedWith} and a suffix.
     */
    static String renamed(String text, Map<String, String> names) {
        String renamed = text;
        List<Map.Entry<String, String>> longestFirst = names.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> name) ->
                                name.getKey().length())
                        .reversed())
                .toList();
        for (Map.Entry<String, String> name : longestFirst) {
            renamed = renamed.replace(name.getKey(), name.getValue());
        }
        return renamed;
    }

    /**
     * The core's advice to run {@code pulumi import} on a conflict, as the advice to run {@code tofu import} on the
     * resource type (the CLI does not tell the provider the resource's name); other text as it is.
     */
    static String forTerraform(String text, String typeName) {
        return PULUMI_IMPORT
                .matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement("with OpenTofu or Terraform, run `tofu import " + typeName
                        + ".<name> " + match.group(1) + "`"));
    }
}
