package com.pulumi.wellarchitected.emulator.routes;

import java.util.Map;

/** An operation matched from a request line, with its path labels still percent-encoded. */
public record RoutedRequest(Operation operation, Map<String, String> rawLabels) {}
