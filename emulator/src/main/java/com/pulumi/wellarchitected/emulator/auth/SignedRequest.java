package com.pulumi.wellarchitected.emulator.auth;

import java.util.List;
import java.util.Map;

/** The parts of an incoming HTTP request that SigV4 covers, as received; headers are keyed case-insensitively. */
public record SignedRequest(
        String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
    /** The first value of a header, or null; headers are keyed without regard to case. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }
}
