package com.pulumi.wellarchitected.provider.resource;

import com.google.gson.JsonObject;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import java.util.List;

/** A function's declaration: its token, description, arguments and results, from which its checks and schema follow. */
public record FunctionDefinition(String token, String description, List<Field> inputs, List<Field> outputs) {

    public FunctionDefinition {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** Checks and normalises the arguments as declared. */
    public CheckResult check(PropertyMap args) {
        return new ResourceDefinition(token, description, inputs, List.of(), false).check(args);
    }

    /** This function's entry in the package schema's {@code functions}. */
    public JsonObject schema() {
        JsonObject function = new JsonObject();
        function.addProperty("description", description);
        function.add("inputs", object(inputs, false, Field::requiredInput));
        function.add("outputs", object(outputs, true, Field::alwaysOutput));
        return function;
    }

    private static JsonObject object(
            List<Field> fields, boolean asOutputs, java.util.function.Predicate<Field> required) {
        JsonObject object = new JsonObject();
        object.add("properties", Schemas.properties(fields, asOutputs));
        object.add("required", Schemas.names(fields.stream().filter(required)));
        return object;
    }
}
