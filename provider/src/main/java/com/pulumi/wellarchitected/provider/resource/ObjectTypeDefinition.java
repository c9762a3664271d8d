package com.pulumi.wellarchitected.provider.resource;

import com.google.gson.JsonObject;
import java.util.List;

/** An object type of the schema, such as the items of a function's list result. */
public record ObjectTypeDefinition(String token, String description, List<Field> fields) {

    public ObjectTypeDefinition {
        fields = List.copyOf(fields);
    }

    /** This type's entry in the package schema's {@code types}. */
    public JsonObject schema() {
        JsonObject type = new JsonObject();
        type.addProperty("type", "object");
        type.addProperty("description", description);
        type.add("properties", Schemas.properties(fields, true));
        type.add("required", Schemas.names(fields.stream().filter(Field::alwaysOutput)));
        return type;
    }
}
