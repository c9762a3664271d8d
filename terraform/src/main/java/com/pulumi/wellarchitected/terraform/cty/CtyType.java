package com.pulumi.wellarchitected.terraform.cty;

import java.nio.charset.StandardCharsets;

/** The primitive cty types this provider's attributes use, with the JSON the schema declares them by. */
public enum CtyType {
    STRING("\"string\""),
    NUMBER("\"number\""),
    BOOL("\"bool\"");

    private final String json;

    CtyType(String json) {
        this.json = json;
    }

    /** The type as the schema's {@code type} bytes: JSON, so a string type is {@code "string"} with its quotes. */
    public byte[] json() {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
