package com.pulumi.wellarchitected.emulator.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** One HTTP response: status, extra headers, and a JSON body (null for none). */
public record HttpResponse(int status, Map<String, String> headers, String json) {
    public static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

    /** A response carrying the request ID every answer of the service has. */
    public static HttpResponse json(int status, String requestId, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(REQUEST_ID_HEADER, requestId);
        return new HttpResponse(status, headers, json);
    }

    public HttpResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpResponse(status, more, json);
    }

    /** A random UUID-shaped ID; not from SecureRandom, whose shared lock would serialise every request. */
    public static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
