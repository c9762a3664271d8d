package com.pulumi.wellarchitected.emulator.wire;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds and writes the JSON the service sends: absent members omitted, timestamps as epoch seconds. */
public final class Json {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final Gson GSON_WITH_NULLS =
            new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private Json() {}

    public static String write(JsonElement element) {
        return GSON.toJson(element);
    }

    /** For the control API, whose documented shapes carry explicit nulls. */
    public static String writeWithNulls(JsonElement element) {
        return GSON_WITH_NULLS.toJson(element);
    }

    /** An epoch-seconds number with millisecond precision, written plainly (never in exponent notation). */
    public static JsonPrimitive timestamp(Instant instant) {
        return new JsonPrimitive(BigDecimal.valueOf(instant.toEpochMilli(), 3));
    }

    public static void putIfPresent(JsonObject object, String name, String value) {
        if (value != null) {
            object.addProperty(name, value);
        }
    }

    public static JsonObject stringMap(Map<String, String> map) {
        JsonObject object = new JsonObject();
        map.forEach(object::addProperty);
        return object;
    }

    /** Converts the plain values of an error's members (strings, and lists of maps of strings) to JSON. */
    public static JsonElement toJson(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof String text) {
            return new JsonPrimitive(text);
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
            return object;
        }
        if (value instanceof List<?> list) {
            JsonArray array = new JsonArray();
            list.forEach(item -> array.add(toJson(item)));
            return array;
        }
        throw new IllegalArgumentException(
                "no JSON form for " + value.getClass().getName());
    }
}
