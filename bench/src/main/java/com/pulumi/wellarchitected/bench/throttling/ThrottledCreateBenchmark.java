package com.pulumi.wellarchitected.bench.throttling;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.pulumi.wellarchitected.bench.harness.ConcurrentCallers;
import com.pulumi.wellarchitected.bench.harness.ConcurrentCallers.Outcome;
import com.pulumi.wellarchitected.bench.harness.EmulatorControl;
import com.pulumi.wellarchitected.bench.harness.EmulatorControl.RequestCounts;
import com.pulumi.wellarchitected.bench.harness.EngineStandIn;
import com.pulumi.wellarchitected.bench.harness.LaunchedProvider;
import com.pulumi.wellarchitected.bench.harness.LensShareCalls;
import com.pulumi.wellarchitected.bench.harness.ManagedShare;
import com.pulumi.wellarchitected.bench.harness.Plugin;
import com.pulumi.wellarchitected.bench.harness.Principals;
import com.pulumi.wellarchitected.bench.harness.Repository;
import com.pulumi.wellarchitected.bench.harness.RunningEmulator;
import com.pulumi.wellarchitected.bench.results.Figure;
import com.pulumi.wellarchitected.bench.results.ResultsPart;
import com.pulumi.wellarchitected.bench.results.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Benchmark 4, throughput under throttling: 200 concurrent Creates through each plugin (the Java provider and the Go
 * anchor, taking turns run by run) while the emulator limits the API to R requests/s. Counts failures and duplicate
 * shares, and compares each run's total time with the floor R sets: the successful API requests ÷ R. Usage:
 * {@code ThrottledCreateBenchmark <part.json> [runs] [R]}.
 */
public final class ThrottledCreateBenchmark {

    private static final int CREATES = 200;
    private static final double TARGET_RATIO = 1.3;

    private final EmulatorControl emulator;
    private final Principals principals = new Principals();

    private ThrottledCreateBenchmark(EmulatorControl emulator) {
        this.emulator = emulator;
    }

    /** What one burst of creates did. */
    private record Burst(double seconds, int failures, int duplicates, int successfulRequests, int throttled) {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 50;
        Map<Plugin, List<Burst>> bursts = new EnumMap<>(Plugin.class);
        Map<Plugin, LaunchedProvider> launched = new EnumMap<>(Plugin.class);
        try (RunningEmulator emulator = RunningEmulator.start();
                EngineStandIn engine = new EngineStandIn()) {
            var benchmark = new ThrottledCreateBenchmark(emulator.control());
            try {
                for (Plugin plugin : Plugin.values()) {
                    launched.put(
                            plugin,
                            LaunchedProvider.launch(
                                            plugin,
                                            engine,
                                            Repository.logs().resolve("throttling-" + plugin.label() + ".stderr"))
                                    .configure(emulator.endpoint()));
                    bursts.put(plugin, new ArrayList<>());
                    // An unlimited burst first warms the plugin and its connections.
                    benchmark.burst(new LensShareCalls(launched.get(plugin).blocking()), 0);
                }
                for (int run = 0; run < runs; run++) {
                    for (Plugin plugin : Plugin.values()) {
                        bursts.get(plugin)
                                .add(benchmark.burst(
                                        new LensShareCalls(launched.get(plugin).blocking()), rate));
                    }
                }
            } finally {
                for (LaunchedProvider provider : launched.values()) {
                    provider.close();
                }
            }
        }
        List<Figure> figures = new ArrayList<>();
        Figure goTotal = null;
        for (Plugin plugin : List.of(Plugin.GO, Plugin.JAVA)) {
            List<Figure> pluginFigures = figures(plugin, bursts.get(plugin), rate);
            if (plugin == Plugin.GO) {
                goTotal = pluginFigures.get(0);
            } else {
                pluginFigures.set(0, pluginFigures.get(0).against(goTotal));
            }
            figures.addAll(0, pluginFigures);
        }
        new ResultsPart(
                        "4. Throughput under throttling (" + CREATES + " concurrent Creates, emulator limited to "
                                + Figure.format(rate) + " requests/s)",
                        figures)
                .write(Path.of(args[0]));
    }

    private Burst burst(LensShareCalls provider, double rate) throws InterruptedException {
        emulator.reset();
        String lensArn = emulator.seedLens("Throttled lens");
        if (rate > 0) {
            emulator.limitRate(rate);
        }
        List<Callable<ManagedShare>> creates = new ArrayList<>();
        for (int i = 0; i < CREATES; i++) {
            String principal = principals.next();
            creates.add(() -> provider.share(lensArn, principal));
        }
        List<Outcome<ManagedShare>> outcomes;
        long start = System.nanoTime();
        try (ConcurrentCallers callers = new ConcurrentCallers(CREATES)) {
            outcomes = callers.runAll(creates);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        RequestCounts requests = emulator.metrics();
        int failures = (int)
                outcomes.stream().filter(outcome -> outcome.failure() != null).count();
        outcomes.stream()
                .filter(outcome -> outcome.failure() != null)
                .limit(1)
                .forEach(outcome -> System.err.println("a create failed: " + outcome.failure()));
        return new Burst(seconds, failures, duplicates(lensArn), requests.withStatus(200), requests.withStatus(429));
    }

    /** Shares beyond one per principal: a create that was retried must not have shared the lens twice. */
    private int duplicates(String lensArn) {
        int shares = 0;
        Set<String> principals = new HashSet<>();
        for (JsonElement element : emulator.state().getAsJsonArray("shares")) {
            JsonObject share = element.getAsJsonObject();
            if (share.get("lensArn").getAsString().equals(lensArn)) {
                shares++;
                principals.add(share.get("sharedWith").getAsString());
            }
        }
        return shares - principals.size();
    }

    private static List<Figure> figures(Plugin plugin, List<Burst> bursts, double rate) {
        String via = ", " + plugin.label();
        Figure total = Figure.of(
                        "Total time of " + CREATES + " concurrent Creates" + via,
                        "s",
                        bursts.stream().map(Burst::seconds).toList())
                .withN(CREATES)
                .withNote("Each Create is Check + Create through the plugin, which calls CreateLensShare and "
                        + "ListLensShares. The emulator's token bucket starts full (1 s of requests), so the best "
                        + "possible time is 1 s under the floor.");
        return new ArrayList<>(List.of(
                total,
                Figure.of(
                                "Total time ÷ floor (successful requests ÷ R)" + via,
                                "×",
                                bursts.stream()
                                        .map(burst -> burst.seconds() / (burst.successfulRequests() / rate))
                                        .toList())
                        .withN(CREATES)
                        .withTarget(new Target(
                                "≤ " + Figure.format(TARGET_RATIO) + " in every run",
                                figure -> figure.max() <= TARGET_RATIO)),
                Figure.of(
                                "Failed Creates" + via,
                                "creates",
                                bursts.stream()
                                        .map(burst -> (double) burst.failures())
                                        .toList())
                        .withN(CREATES)
                        .withTarget(Target.noneInAnyRun()),
                Figure.of(
                                "Duplicate shares" + via,
                                "shares",
                                bursts.stream()
                                        .map(burst -> (double) burst.duplicates())
                                        .toList())
                        .withN(CREATES)
                        .withTarget(Target.noneInAnyRun()),
                Figure.of(
                                "Throttled requests (429) absorbed by retries" + via,
                                "requests",
                                bursts.stream()
                                        .map(burst -> (double) burst.throttled())
                                        .toList())
                        .withN(CREATES)));
    }
}
