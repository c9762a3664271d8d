package com.pulumi.wellarchitected;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The provider's package schema ({@code provider/src/main/resources/schema.json}), reduced to what the SDK mirrors. */
final class PackageSchema {

    /** One property of the schema: its wire name, Java type, whether it is required or secret, and its description. */
    record Property(String name, String javaType, boolean required, boolean secret, String description) {}

    private final JsonObject root;
    final Path source;

    private PackageSchema(JsonObject root, Path source) {
        this.root = root;
        this.source = source;
    }

    /** Reads the schema the {@code wellarchitected.schema} system property points at (set by the build). */
    static PackageSchema load() throws IOException {
        var location = System.getProperty("wellarchitected.schema");
        if (location == null) {
            throw new IllegalStateException(
                    "system property wellarchitected.schema is not set; run the tests through Maven");
        }
        var path = Path.of(location).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("the provider's package schema is missing at " + path
                    + "; the SDK is checked against it name for name");
        }
        return new PackageSchema(JsonParser.parseString(Files.readString(path)).getAsJsonObject(), path);
    }

    JsonObject resource(String token) {
        var resources = root.getAsJsonObject("resources");
        if (resources == null || !resources.has(token)) {
            throw new AssertionError("schema " + source + " has no resource " + token);
        }
        return resources.getAsJsonObject(token);
    }

    Map<String, Property> resourceInputs(String token) {
        var resource = resource(token);
        return properties(resource.getAsJsonObject("inputProperties"), names(resource, "requiredInputs"));
    }

    Map<String, Property> resourceOutputs(String token) {
        var resource = resource(token);
        return properties(resource.getAsJsonObject("properties"), names(resource, "required"));
    }

    /** The properties {@code get} accepts: {@code stateInputs} when the schema declares them, else the outputs. */
    Map<String, Property> resourceState(String token) {
        var resource = resource(token);
        if (resource.has("stateInputs")) {
            return properties(resource.getAsJsonObject("stateInputs").getAsJsonObject("properties"), Set.of());
        }
        return properties(resource.getAsJsonObject("properties"), Set.of());
    }

    Map<String, Property> providerInputs() {
        var provider = root.getAsJsonObject("provider");
        return properties(
                provider == null ? null : provider.getAsJsonObject("inputProperties"),
                names(provider, "requiredInputs"));
    }

    Map<String, Property> configVariables() {
        var config = root.getAsJsonObject("config");
        return properties(config == null ? null : config.getAsJsonObject("variables"), names(config, "defaults"));
    }

    private static Map<String, Property> properties(JsonObject properties, Set<String> required) {
        var result = new TreeMap<String, Property>();
        if (properties == null) {
            return result;
        }
        for (var entry : properties.entrySet()) {
            var spec = entry.getValue().getAsJsonObject();
            var secret = spec.has("secret") && spec.get("secret").getAsBoolean();
            var description = spec.has("description") ? spec.get("description").getAsString() : "";
            var name = entry.getKey();
            result.put(name, new Property(name, javaType(spec), required.contains(name), secret, description));
        }
        return result;
    }

    private static String javaType(JsonObject spec) {
        if (!spec.has("type")) {
            // A $ref to an enum or object type has no plain Java counterpart here.
            return spec.has("$ref") ? "ref:" + spec.get("$ref").getAsString() : "untyped";
        }
        return switch (spec.get("type").getAsString()) {
            case "string" -> "String";
            case "integer" -> "Integer";
            case "number" -> "Double";
            case "boolean" -> "Boolean";
            default -> spec.get("type").getAsString();
        };
    }

    private static Set<String> names(JsonObject parent, String member) {
        var result = new TreeSet<String>();
        if (parent != null && parent.has(member)) {
            parent.getAsJsonArray(member).forEach(e -> result.add(e.getAsString()));
        }
        return result;
    }
}
