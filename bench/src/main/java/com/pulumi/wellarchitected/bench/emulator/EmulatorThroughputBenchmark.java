package com.pulumi.wellarchitected.bench.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.wellarchitected.bench.results.Figure;
import com.pulumi.wellarchitected.bench.results.ResultsPart;
import com.pulumi.wellarchitected.bench.results.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The emulator's throughput (CreateLensShare + ListLensShares at 1 and 16 SDK clients), measured by
 * {@link ThroughputBenchmark}, once per run, and written as figures. Usage:
 * {@code EmulatorThroughputBenchmark <part.json> <raw.json> [runs]}.
 */
public final class EmulatorThroughputBenchmark {

    private static final int[] CLIENTS = {1, 16};
    private static final double TARGET_THROUGHPUT = 2_000;
    private static final double TARGET_P99_MS = 20;

    private EmulatorThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path raw = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        // One measurement per entry of --clients; each is preceded by its own warm-up.
        List<String> clients = new ArrayList<>();
        for (int count : CLIENTS) {
            clients.addAll(Collections.nCopies(runs, String.valueOf(count)));
        }
        ThroughputBenchmark.main(new String[] {
            raw.toString(), "--clients", String.join(",", clients), "--seconds", "2", "--warmup-seconds", "1"
        });
        List<JsonObject> results = new ArrayList<>();
        for (JsonElement result :
                JsonParser.parseString(Files.readString(raw)).getAsJsonObject().getAsJsonArray("results")) {
            results.add(result.getAsJsonObject());
        }
        List<Figure> figures = new ArrayList<>();
        for (int count : CLIENTS) {
            List<JsonObject> atCount = results.stream()
                    .filter(r -> r.get("clients").getAsInt() == count)
                    .toList();
            String label = count + (count == 1 ? " client" : " clients");
            Figure throughput = figure("Throughput, " + label, "requests/s", atCount, "requestsPerSecond", count);
            Figure p99 = figure("p99 latency, " + label, "ms", atCount, "p99Ms", count);
            if (count == 16) {
                throughput = throughput.withTarget(Target.atLeast(TARGET_THROUGHPUT, "requests/s"));
                p99 = p99.withTarget(Target.below(TARGET_P99_MS, "ms"));
            }
            figures.add(throughput);
            figures.add(figure("p50 latency, " + label, "ms", atCount, "p50Ms", count));
            figures.add(p99);
            figures.add(figure("Failed requests, " + label, "requests", atCount, "errors", count)
                    .withTarget(Target.noneInAnyRun()));
        }
        new ResultsPart("Emulator throughput (CreateLensShare + ListLensShares, SDK clients in the same JVM)", figures)
                .write(Path.of(args[0]));
    }

    private static Figure figure(String name, String unit, List<JsonObject> results, String member, int clients) {
        return Figure.of(
                        name,
                        unit,
                        results.stream()
                                .map(result -> result.get(member).getAsDouble())
                                .toList())
                .withN(clients);
    }
}
