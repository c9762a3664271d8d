package com.pulumi.wellarchitected.emulator.control;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts API requests per operation and HTTP status, faulted and refused ones included. */
public final class RequestMetrics {
    private final Map<String, Map<Integer, LongAdder>> counts = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    public void record(String operation, int status) {
        counts.computeIfAbsent(operation, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, key -> new LongAdder())
                .increment();
        total.increment();
    }

    public void reset() {
        counts.clear();
        total.reset();
    }

    /** {@code {"total": N, "operations": {"CreateLensShare": {"200": 3, "409": 1}}}}. */
    public JsonObject toJson() {
        JsonObject operations = new JsonObject();
        new TreeMap<>(counts).forEach((operation, byStatus) -> {
            JsonObject statuses = new JsonObject();
            new TreeMap<>(byStatus).forEach((status, count) -> statuses.addProperty(status.toString(), count.sum()));
            operations.add(operation, statuses);
        });
        JsonObject json = new JsonObject();
        json.addProperty("total", total.sum());
        json.add("operations", operations);
        return json;
    }
}
