package com.pulumi.wellarchitected.provider.resource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import java.util.List;
import java.util.stream.Stream;

/** How declared fields are written into the package schema. */
final class Schemas {

    private Schemas() {}

    static JsonObject properties(List<Field> fields, boolean asOutputs) {
        JsonObject properties = new JsonObject();
        for (Field field : fields) {
            JsonObject property = new JsonObject();
            property.addProperty("type", field.kind().schemaType);
            field.itemsRef().ifPresent(ref -> {
                JsonObject items = new JsonObject();
                items.addProperty("$ref", "#/types/" + ref);
                property.add("items", items);
            });
            property.addProperty("description", asOutputs ? field.outputDescription() : field.description());
            if (!asOutputs) {
                field.defaultValue().ifPresent(value -> property.add("default", json(value)));
            }
            if (field.secret()) {
                property.addProperty("secret", true);
            }
            properties.add(field.name(), property);
        }
        return properties;
    }

    static JsonArray names(Stream<Field> fields) {
        JsonArray names = new JsonArray();
        fields.forEach(field -> names.add(field.name()));
        return names;
    }

    static PropertyValue value(Object constant) {
        if (constant instanceof Boolean flag) {
            return new PropertyValue.Flag(flag);
        }
        return PropertyValue.text((String) constant);
    }

    private static JsonPrimitive json(Object constant) {
        if (constant instanceof Boolean flag) {
            return new JsonPrimitive(flag);
        }
        return new JsonPrimitive((String) constant);
    }
}
