package com.pulumi.wellarchitected.emulator.routes;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a method and a raw path to an operation. The path is split on '/' before any percent-decoding, because
 * clients encode a whole label (a lens ARN's '/' becomes %2F) and decoding first would split the label.
 */
public final class Router {
    /** Each operation's URI template split into segments once, rather than on every request. */
    private final Map<Operation, List<String>> templates = new EnumMap<>(Operation.class);

    public Router() {
        for (Operation operation : Operation.values()) {
            templates.put(operation, List.of(operation.uri().substring(1).split("/", -1)));
        }
    }

    public Optional<RoutedRequest> match(String method, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        for (Operation operation : Operation.values()) {
            if (operation.method().equals(method)) {
                Map<String, String> labels = matchSegments(templates.get(operation), segments);
                if (labels != null) {
                    return Optional.of(new RoutedRequest(operation, labels));
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> matchSegments(List<String> template, String[] segments) {
        if (template.size() != segments.length) {
            return null;
        }
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < segments.length; i++) {
            String expected = template.get(i);
            if (expected.startsWith("{")) {
                if (segments[i].isEmpty()) {
                    return null;
                }
                labels.put(expected.substring(1, expected.length() - 1), segments[i]);
            } else if (!expected.equals(segments[i])) {
                return null;
            }
        }
        return labels;
    }
}
