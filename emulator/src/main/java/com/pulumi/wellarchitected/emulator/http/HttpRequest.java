package com.pulumi.wellarchitected.emulator.http;

import java.util.List;
import java.util.Map;

/** One HTTP request as received: the raw path and query (not decoded), headers by case-insensitive name, the body. */
public record HttpRequest(
        String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {}
