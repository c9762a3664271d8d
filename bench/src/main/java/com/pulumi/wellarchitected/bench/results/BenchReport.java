package com.pulumi.wellarchitected.bench.results;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges the parts the benchmark steps wrote into {@code latest.json} and {@code latest.md}, and prints the table.
 * Usage: {@code BenchReport <results dir> <part.json>...}; a part that is missing is reported as not measured.
 */
public final class BenchReport {

    private BenchReport() {}

    public static void main(String[] args) throws IOException {
        Path resultsDir = Path.of(args[0]);
        List<ResultsPart> parts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            if (Files.isRegularFile(file)) {
                parts.add(ResultsPart.read(file));
            } else {
                missing.add(file.getFileName().toString().replaceFirst("\\.json$", ""));
            }
        }
        Instant now = Instant.now();
        String machine = machine(now);
        Files.writeString(
                resultsDir.resolve("latest.json"),
                ResultsPart.GSON.toJson(json(now, machine, parts, missing)) + "\n",
                StandardCharsets.UTF_8);
        String table = "# Benchmark results\n\n" + machine + "\n" + MarkdownTable.render(parts, missing);
        Files.writeString(resultsDir.resolve("latest.md"), table, StandardCharsets.UTF_8);
        System.out.print(table);
    }

    private static JsonObject json(Instant now, String machine, List<ResultsPart> parts, List<String> missing) {
        JsonObject root = new JsonObject();
        root.addProperty("generatedAt", now.toString());
        root.addProperty("machine", machine);
        root.add("benchmarks", ResultsPart.GSON.toJsonTree(parts));
        JsonArray notMeasured = new JsonArray();
        missing.forEach(notMeasured::add);
        root.add("notMeasured", notMeasured);
        return root;
    }

    /** The machine, and how busy it was: on a small machine, other work moves every figure. */
    private static String machine(Instant now) throws IOException {
        Path loadAverage = Path.of("/proc/loadavg");
        String load = Files.isReadable(loadAverage)
                ? " Load average at the end (1, 5, 15 min): "
                        + String.join(
                                ", ",
                                List.of(Files.readString(loadAverage).split(" "))
                                        .subList(0, 3)) + "."
                : "";
        return "Measured at " + now + " on " + Runtime.getRuntime().availableProcessors() + " CPUs, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "; benchmark harness on Java "
                + System.getProperty("java.version") + "." + load;
    }
}
