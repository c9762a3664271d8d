package com.pulumi.wellarchitected.terraform.cty;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The cty types this provider's attributes use, with the JSON the schema declares them by. */
public sealed interface CtyType {

    CtyType STRING = new Primitive("string");
    CtyType NUMBER = new Primitive("number");
    CtyType BOOL = new Primitive("bool");

    /** The type as cty's JSON text: a primitive is a quoted name, a collection a two-element array. */
    String jsonText();

    /** The type as the schema's {@code type} bytes: JSON, so a string type is {@code "string"} with its quotes. */
    default byte[] json() {
        return jsonText().getBytes(StandardCharsets.UTF_8);
    }

    static CtyType listOf(CtyType element) {
        return new ListOf(element);
    }

    static CtyType objectOf(Map<String, CtyType> attributes) {
        return new ObjectOf(new TreeMap<>(attributes));
    }

    /** A string, number or bool: one instance each, the constants above. */
    final class Primitive implements CtyType {
        private final String name;

        private Primitive(String name) {
            this.name = name;
        }

        @Override
        public String jsonText() {
            return "\"" + name + "\"";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A list whose elements all have one type. */
    record ListOf(CtyType element) implements CtyType {
        @Override
        public String jsonText() {
            return "[\"list\"," + element.jsonText() + "]";
        }
    }

    /** An object with these attributes, in name order as cty keeps them; every one is present, maybe null. */
    record ObjectOf(Map<String, CtyType> attributes) implements CtyType {
        public ObjectOf {
            attributes = new TreeMap<>(attributes);
        }

        @Override
        public String jsonText() {
            return "[\"object\",{"
                    + attributes.entrySet().stream()
                            .map(attribute -> "\"" + attribute.getKey() + "\":"
                                    + attribute.getValue().jsonText())
                            .collect(Collectors.joining(","))
                    + "}]";
        }
    }
}
