package com.pulumi.wellarchitected.e2e;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The resource steps and change summary of one {@code --json} run: {@code pulumi preview --json} prints one document
 * with {@code steps} and {@code changeSummary}; {@code up}, {@code refresh}, {@code import} and {@code destroy} print
 * engine events, one per line, whose {@code resOutputsEvent}s are the steps taken and whose {@code summaryEvent}
 * holds the change summary.
 */
record Deployment(List<Step> steps, Map<String, Integer> changeSummary) {

    static final String LENS_SHARE = "wellarchitected:index:LensShare";

    /** One step: what the engine did (or would do) to one resource. */
    record Step(String op, String type, String name) {

        static Step of(JsonObject step) {
            // urn:pulumi:<stack>::<project>::<type>::<name>
            var urn = step.get("urn").getAsString().split("::", -1);
            return new Step(step.get("op").getAsString(), urn[2], urn[3]);
        }
    }

    static Deployment of(CliResult result) {
        var stdout = result.stdout().strip();
        if (stdout.startsWith("{") && !stdout.contains("\n{")) {
            return ofPreview(result.json());
        }
        var steps = new ArrayList<Step>();
        var summary = new TreeMap<String, Integer>();
        for (var line : stdout.lines().toList()) {
            if (line.isBlank()) {
                continue;
            }
            var event = JsonParser.parseString(line).getAsJsonObject();
            if (event.has("resOutputsEvent")) {
                steps.add(Step.of(event.getAsJsonObject("resOutputsEvent").getAsJsonObject("metadata")));
            } else if (event.has("summaryEvent")) {
                var changes = event.getAsJsonObject("summaryEvent").getAsJsonObject("resourceChanges");
                changes.entrySet()
                        .forEach(e -> summary.put(e.getKey(), e.getValue().getAsInt()));
            }
        }
        return new Deployment(steps, summary);
    }

    private static Deployment ofPreview(JsonObject json) {
        var steps = new ArrayList<Step>();
        if (json.has("steps")) {
            json.getAsJsonArray("steps").forEach(step -> steps.add(Step.of(step.getAsJsonObject())));
        }
        var summary = new TreeMap<String, Integer>();
        if (json.has("changeSummary")) {
            json.getAsJsonObject("changeSummary")
                    .entrySet()
                    .forEach(e -> summary.put(e.getKey(), e.getValue().getAsInt()));
        }
        return new Deployment(steps, summary);
    }

    /** The steps taken on lens shares, as {@code op name}. */
    List<String> lensShareSteps() {
        return steps.stream()
                .filter(s -> s.type().equals(LENS_SHARE))
                .map(s -> s.op() + " " + s.name())
                .toList();
    }

    /** The change summary without the resources left as they were. */
    Map<String, Integer> changes() {
        var changes = new TreeMap<>(changeSummary);
        changes.remove("same");
        return changes;
    }
}
