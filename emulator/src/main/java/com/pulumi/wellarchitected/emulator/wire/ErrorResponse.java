package com.pulumi.wellarchitected.emulator.wire;

import com.google.gson.JsonObject;
import com.pulumi.wellarchitected.emulator.errors.ServiceException;
import java.util.Map;

/** Writes a service error the restJson1 way: the type in {@code X-Amzn-ErrorType} and {@code __type}, then the members. */
public final class ErrorResponse {
    public static final String ERROR_TYPE_HEADER = "X-Amzn-ErrorType";

    private ErrorResponse() {}

    public static String body(ServiceException error) {
        JsonObject body = new JsonObject();
        body.addProperty("__type", error.errorType());
        for (Map.Entry<String, Object> member : error.members().entrySet()) {
            body.add(member.getKey(), Json.toJson(member.getValue()));
        }
        return Json.write(body);
    }
}
