package com.pulumi.wellarchitected;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The Javadoc on each annotated property field of an SDK source file, in the schema's Markdown spelling. */
final class SdkJavadoc {

    private static final Pattern DOCUMENTED_PROPERTY =
            Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*@(?:Import|Export)\\(name=\"(\\w+)\"", Pattern.DOTALL);
    private static final Pattern CODE_TAG = Pattern.compile("\\{@code ([^}]*)}");

    private SdkJavadoc() {}

    static Map<String, String> ofProperties(Class<?> sdkClass) throws IOException {
        var source = Path.of(
                System.getProperty("basedir", "."),
                "src/main/java",
                sdkClass.getName().replace('.', '/') + ".java");
        var result = new TreeMap<String, String>();
        var matcher = DOCUMENTED_PROPERTY.matcher(Files.readString(source));
        while (matcher.find()) {
            result.put(matcher.group(2), asMarkdown(matcher.group(1)));
        }
        return result;
    }

    static String asMarkdown(String javadoc) {
        var text = javadoc.replaceAll("(?m)^\\s*\\*\\s?", " ")
                .replaceAll("\\s+", " ")
                .trim();
        return CODE_TAG.matcher(text)
                .replaceAll(m -> "`" + m.group(1).replace("\\", "\\\\").replace("$", "\\$") + "`");
    }

    static String normalised(String schemaDescription) {
        return schemaDescription.replaceAll("\\s+", " ").trim();
    }
}
