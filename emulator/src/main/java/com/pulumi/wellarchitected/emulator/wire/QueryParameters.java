package com.pulumi.wellarchitected.emulator.wire;

import com.pulumi.wellarchitected.emulator.errors.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses a raw query string into decoded names and their values; list members repeat their key. */
public final class QueryParameters {
    /** Longer query strings are refused before parsing: no operation needs more than a few kilobytes. */
    public static final int MAX_RAW_LENGTH = 16_384;

    private QueryParameters() {}

    public static Map<String, List<String>> parse(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        if (rawQuery.length() > MAX_RAW_LENGTH) {
            throw ValidationException.cannotParse(null, "Query string exceeds " + MAX_RAW_LENGTH + " characters");
        }
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = PercentDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), "query string");
            String value = equals < 0 ? "" : PercentDecoder.decode(pair.substring(equals + 1), name);
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }
}
