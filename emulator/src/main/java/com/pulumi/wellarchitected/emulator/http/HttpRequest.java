package com.pulumi.wellarchitected.emulator.http;

import java.util.List;
import java.util.Map;

/**
 * One HTTP request as received: the raw path and query (not decoded), headers by case-insensitive name, the body. A
 * class rather than a record because the body is an array, which a record would compare by identity.
 */
public final class HttpRequest {
    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    public HttpRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        this.method = method;
        this.rawPath = rawPath;
        this.rawQuery = rawQuery;
        this.headers = headers;
        this.body = body;
    }

    public String method() {
        return method;
    }

    public String rawPath() {
        return rawPath;
    }

    /** The query string after '?', not decoded, or null when there is none. */
    public String rawQuery() {
        return rawQuery;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The body as received; not copied, because every request passes it on once and never changes it. */
    public byte[] body() {
        return body;
    }
}
