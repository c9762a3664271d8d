package com.pulumi.wellarchitected.bench.profile;

import com.pulumi.wellarchitected.bench.harness.EngineStandIn;
import com.pulumi.wellarchitected.bench.harness.LaunchedProvider;
import com.pulumi.wellarchitected.bench.harness.LensShareCalls;
import com.pulumi.wellarchitected.bench.harness.ManagedShare;
import com.pulumi.wellarchitected.bench.harness.Principals;
import com.pulumi.wellarchitected.bench.harness.Repository;
import com.pulumi.wellarchitected.bench.harness.RunningEmulator;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Compares two builds of the provider on what {@code pulumi refresh} and {@code pulumi destroy} ask of a fresh
 * provider process: launch, Configure, then a Read (or a Delete) of each of N shares, 8 at a time as the engine
 * sends them, timed from exec to the last answer. The shares are made beforehand by another process of the same
 * build, untimed. Builds take turns round by round, in alternating order, so that both meet the same load.
 * Usage: {@code ShortProcessComparison <rounds> <shares> <launcher A> <launcher B>}.
 */
public final class ShortProcessComparison {

    private static final int PARALLEL = 8;

    private ShortProcessComparison() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int shares = Integer.parseInt(args[1]);
        Path[] launchers = {Path.of(args[2]), Path.of(args[3])};
        List<List<double[]>> times = List.of(new ArrayList<>(), new ArrayList<>());
        Principals principals = new Principals();
        try (RunningEmulator emulator = RunningEmulator.start();
                EngineStandIn engine = new EngineStandIn()) {
            for (int round = 0; round < rounds; round++) {
                for (int turn = 0; turn < 2; turn++) {
                    int build = (round + turn) % 2;
                    String lens = emulator.control().seedLens("Short process " + round + "-" + build);
                    List<ManagedShare> made = new ArrayList<>();
                    try (LaunchedProvider up = launch(launchers[build], engine, emulator.endpoint(), "up")) {
                        LensShareCalls calls = new LensShareCalls(up.blocking());
                        for (int i = 0; i < shares; i++) {
                            made.add(calls.share(lens, principals.next()));
                        }
                    }
                    double refresh = timed(
                            launchers[build],
                            engine,
                            emulator.endpoint(),
                            made,
                            (calls, share) -> calls.read(share.name(), share.id(), share.outputs(), share.inputs()));
                    double destroy = timed(
                            launchers[build],
                            engine,
                            emulator.endpoint(),
                            made,
                            (calls, share) -> calls.delete(share.name(), share.id(), share.outputs(), share.inputs()));
                    times.get(build).add(new double[] {refresh, destroy});
                    System.out.printf(
                            Locale.ROOT,
                            "round %d %s: refresh %.0f ms, destroy %.0f ms%n",
                            round,
                            build == 0 ? "A" : "B",
                            refresh,
                            destroy);
                }
            }
        }
        String[] steps = {"refresh", "destroy"};
        for (int step = 0; step < steps.length; step++) {
            int index = step;
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                ratios.add(times.get(1).get(round)[index] / times.get(0).get(round)[index]);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-8s of %d shares: A %.0f ms, B %.0f ms (medians of %d); B ÷ A, median of rounds: %.3f%n",
                    steps[step],
                    shares,
                    median(times.get(0).stream().map(t -> t[index]).toList()),
                    median(times.get(1).stream().map(t -> t[index]).toList()),
                    rounds,
                    median(ratios));
        }
    }

    private interface ShareCall {
        void call(LensShareCalls calls, ManagedShare share);
    }

    /** Milliseconds from exec of a fresh process to the answer of the last of its calls. */
    private static double timed(
            Path launcher, EngineStandIn engine, URI emulator, List<ManagedShare> shares, ShareCall call)
            throws Exception {
        long start = System.nanoTime();
        ExecutorService callers = Executors.newFixedThreadPool(PARALLEL);
        try (LaunchedProvider provider = launch(launcher, engine, emulator, "short")) {
            LensShareCalls calls = new LensShareCalls(provider.blocking());
            List<Future<?>> answers = new ArrayList<>();
            for (ManagedShare share : shares) {
                answers.add(callers.submit(() -> call.call(calls, share)));
            }
            for (Future<?> answer : answers) {
                answer.get();
            }
            return (System.nanoTime() - start) / 1e6;
        } finally {
            callers.shutdownNow();
        }
    }

    private static LaunchedProvider launch(Path launcher, EngineStandIn engine, URI emulator, String name)
            throws Exception {
        return LaunchedProvider.launch(launcher, engine, Repository.logs().resolve("short-process-" + name + ".stderr"))
                .configure(emulator);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
