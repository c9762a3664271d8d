package com.pulumi.wellarchitected.emulator.auth;

import java.util.List;
import java.util.Map;

/**
 * The parts of an incoming HTTP request that SigV4 covers, as received; headers are keyed case-insensitively. A class
 * rather than a record because the body is an array, which a record would compare by identity.
 */
public final class SignedRequest {
    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    public SignedRequest(
            String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
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

    public String rawQuery() {
        return rawQuery;
    }

    /** The body as received, for the payload hash; not copied, since it is only read. */
    public byte[] body() {
        return body;
    }

    /** The first value of a header, or null; headers are keyed without regard to case. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }
}
