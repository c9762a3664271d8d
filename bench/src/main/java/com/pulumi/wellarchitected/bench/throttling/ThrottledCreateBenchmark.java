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
import com.pulumi.wellarchitected.bench.harness.Principals;
import com.pulumi.wellarchitected.bench.harness.Repository;
import com.pulumi.wellarchitected.bench.harness.RunningEmulator;
import com.pulumi.wellarchitected.bench.results.Figure;
import com.pulumi.wellarchitected.bench.results.ResultsPart;
import com.pulumi.wellarchitected.bench.results.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Benchmark 4, throughput under throttling: 200 concurrent Creates through the provider while the emulator limits
 * the API to R requests/s. Counts failures and duplicate shares, and compares the total time with the floor R
 * sets: the successful API requests ÷ R. Usage: {@code ThrottledCreateBenchmark <part.json> [runs] [R]}.
 */
public final class ThrottledCreateBenchmark {

    private static final int CREATES = 200;
    private static final double TARGET_RATIO = 1.3;

    private final EmulatorControl emulator;
    private final LensShareCalls provider;
    private final Principals principals = new Principals();

    private ThrottledCreateBenchmark(EmulatorControl emulator, LensShareCalls provider) {
        this.emulator = emulator;
        this.provider = provider;
    }

    /** What one burst of creates did. */
    private record Burst(double seconds, int failures, int duplicates, int successfulRequests, int throttled) {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 100;
        try (RunningEmulator emulator = RunningEmulator.start();
                EngineStandIn engine = new EngineStandIn();
                LaunchedProvider launched =
                        LaunchedProvider.launch(engine, Repository.logs().resolve("throttling-provider.stderr"))) {
            launched.configure(emulator.endpoint());
            var benchmark = new ThrottledCreateBenchmark(emulator.control(), new LensShareCalls(launched.blocking()));
            // An unlimited burst first warms the JIT of the provider and its connections.
            benchmark.burst(0);
            List<Burst> bursts = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                bursts.add(benchmark.burst(rate));
            }
            new ResultsPart(
                            "4. Throughput under throttling (" + CREATES + " concurrent Creates, emulator limited to "
                                    + Figure.format(rate) + " requests/s)",
                            figures(bursts, rate))
                    .write(Path.of(args[0]));
        }
    }

    private Burst burst(double rate) throws InterruptedException {
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

    private static List<Figure> figures(List<Burst> bursts, double rate) {
        Figure floor = Figure.of(
                        "floor: successful requests ÷ R",
                        "s",
                        bursts.stream()
                                .map(burst -> burst.successfulRequests() / rate)
                                .toList())
                .withN(CREATES);
        Figure total = Figure.of(
                        "Total time of " + CREATES + " concurrent Creates",
                        "s",
                        bursts.stream().map(Burst::seconds).toList())
                .withN(CREATES)
                .against(floor)
                .withTarget(Target.ratioAtMost(TARGET_RATIO))
                .withNote("Each Create is Check + Create through the provider, which calls CreateLensShare and "
                        + "ListLensShares. The emulator's token bucket starts full (1 s of requests), so the best "
                        + "possible time is 1 s under the floor.");
        return List.of(
                total,
                floor,
                Figure.of(
                                "Failed Creates",
                                "creates",
                                bursts.stream()
                                        .map(burst -> (double) burst.failures())
                                        .toList())
                        .withN(CREATES)
                        .withTarget(Target.noneInAnyRun()),
                Figure.of(
                                "Duplicate shares",
                                "shares",
                                bursts.stream()
                                        .map(burst -> (double) burst.duplicates())
                                        .toList())
                        .withN(CREATES)
                        .withTarget(Target.noneInAnyRun()),
                Figure.of(
                                "Throttled requests (429) absorbed by retries",
                                "requests",
                                bursts.stream()
                                        .map(burst -> (double) burst.throttled())
                                        .toList())
                        .withN(CREATES));
    }
}
