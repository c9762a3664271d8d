package com.pulumi.wellarchitected.bench.startup;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.wellarchitected.bench.results.Figure;
import com.pulumi.wellarchitected.bench.results.ResultsPart;
import com.pulumi.wellarchitected.bench.results.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Benchmark 1, start-up: turns the results of provider/'s {@code StartupBenchmark} (which times the launcher and
 * its baselines as processes) into figures with the targets. Usage:
 * {@code StartupFigures <part.json> <startup-benchmark.json>}.
 */
public final class StartupFigures {

    // The launcher as shipped and the bare server baseline; the raw file also holds each start-up configuration.
    private static final Set<String> SUBJECTS =
            Set.of("provider", "provider installed from its archive", "bare grpc-netty server");
    private static final String HELLO_WORLD = "JVM hello world";
    private static final Map<String, Target> PROVIDER_TARGETS = Map.of(
            "exec to port line", new Target("≤ 300 ms (stretch ≤ 150 ms)", figure -> figure.value() <= 300),
            "exec to first Check answered", Target.atMost(600, "ms"),
            "peak RSS", Target.atMost(150, "MB"));

    private StartupFigures() {}

    public static void main(String[] args) throws IOException {
        JsonObject raw =
                JsonParser.parseString(Files.readString(Path.of(args[1]))).getAsJsonObject();
        List<Figure> figures = new ArrayList<>();
        for (JsonElement element : raw.getAsJsonArray("results")) {
            JsonObject result = element.getAsJsonObject();
            String subject = result.get("subject").getAsString();
            if (subject.equals(HELLO_WORLD)) {
                // It serves no port: its one figure is the time to its one line, and it is a baseline itself.
                figures.add(Figure.of(HELLO_WORLD + ": exec to its line printed", "ms", runs(result)));
            } else if (SUBJECTS.contains(subject)) {
                figures.add(figure(result, subject.startsWith("provider")));
            }
        }
        new ResultsPart(
                        "1. Start-up (provider launcher as the engine starts it; processes timed by provider/'s "
                                + "StartupBenchmark)",
                        figures)
                .write(Path.of(args[0]));
    }

    private static Figure figure(JsonObject result, boolean provider) {
        Figure figure =
                Figure.of(result.get("name").getAsString(), result.get("unit").getAsString(), runs(result));
        if (!result.get("baseline").isJsonNull()) {
            figure = figure.against(new Figure.Baseline(
                    result.get("baseline").getAsString(),
                    result.get("baselineValue").getAsDouble()));
        }
        Target target = PROVIDER_TARGETS.get(result.get("metric").getAsString());
        return provider && target != null ? figure.withTarget(target) : figure;
    }

    private static List<Double> runs(JsonObject result) {
        List<Double> runs = new ArrayList<>();
        result.getAsJsonArray("runs").forEach(run -> runs.add(run.getAsDouble()));
        return runs;
    }
}
