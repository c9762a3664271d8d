package com.pulumi.wellarchitected.emulator.control;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/** Reads a control request's JSON body strictly and checks its members, refusing bad input with a 400. */
final class ControlInput {
    private ControlInput() {}

    static String requiredString(JsonObject request, String key) {
        JsonElement value = request.get(key);
        if (value == null || !isString(value)) {
            throw new ControlError(400, key + " is required and must be a string");
        }
        return value.getAsString();
    }

    static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
    }

    static boolean isNumber(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
    }

    static boolean isBoolean(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
    }

    static JsonObject parse(byte[] input) {
        if (input.length == 0) {
            return new JsonObject();
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(new String(input, StandardCharsets.UTF_8)));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT || !element.isJsonObject()) {
                throw new ControlError(400, "the body must be one JSON object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new ControlError(400, "the body is not valid JSON");
        }
    }

    static double number(JsonObject request, String key, double absent) {
        JsonElement value = request.get(key);
        if (value == null || value.isJsonNull()) {
            return absent;
        }
        if (!isNumber(value) || !Double.isFinite(value.getAsDouble())) {
            throw new ControlError(400, key + " must be a number");
        }
        return value.getAsDouble();
    }
}
