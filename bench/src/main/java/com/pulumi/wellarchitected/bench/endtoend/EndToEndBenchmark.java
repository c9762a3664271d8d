package com.pulumi.wellarchitected.bench.endtoend;

import com.google.gson.JsonElement;
import com.pulumi.wellarchitected.bench.harness.EmulatorControl;
import com.pulumi.wellarchitected.bench.harness.RunningEmulator;
import com.pulumi.wellarchitected.bench.results.Figure;
import com.pulumi.wellarchitected.bench.results.ResultsPart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Benchmark 5, end to end: wall time of {@code pulumi up}, {@code refresh} and {@code destroy} of a stack of N lens
 * shares with the real CLI, beside the same commands on a stack of N component resources, which makes no provider
 * call and so isolates the engine's own cost. Usage:
 * {@code EndToEndBenchmark <part.json> <toolchain bin> <work dir> <N:runs>...}.
 */
public final class EndToEndBenchmark {

    private static final List<String> COMMANDS = List.of("up", "refresh", "destroy");

    private final PulumiCli pulumi;
    private final EmulatorControl emulator;
    private final Path shares;
    private final Path components;

    private EndToEndBenchmark(PulumiCli pulumi, EmulatorControl emulator) throws IOException, InterruptedException {
        this.pulumi = pulumi;
        this.emulator = emulator;
        this.shares = pulumi.project("lens-shares");
        this.components = pulumi.project("components");
        pulumi.setConfig(shares, "wellarchitected:endpoint", emulator.endpoint().toString());
    }

    /** The wall times of one stack size: per command, per run, for each of the two stacks. */
    private record Timings(int count, List<List<Double>> shares, List<List<Double>> components) {
        static Timings of(int count) {
            return new Timings(
                    count,
                    COMMANDS.stream().<List<Double>>map(c -> new ArrayList<>()).toList(),
                    COMMANDS.stream().<List<Double>>map(c -> new ArrayList<>()).toList());
        }
    }

    public static void main(String[] args) throws Exception {
        Path workDir = Files.createDirectories(Path.of(args[2]));
        try (RunningEmulator emulator = RunningEmulator.start()) {
            var benchmark = new EndToEndBenchmark(new PulumiCli(Path.of(args[1]), workDir), emulator.control());
            // One untimed cycle: the first command of a fresh PULUMI_HOME does one-time work.
            benchmark.cycle(Timings.of(1));
            List<Figure> figures = new ArrayList<>();
            for (int i = 3; i < args.length; i++) {
                String[] sizeAndRuns = args[i].split(":", 2);
                Timings timings = Timings.of(Integer.parseInt(sizeAndRuns[0]));
                for (int run = 0; run < Integer.parseInt(sizeAndRuns[1]); run++) {
                    benchmark.cycle(timings);
                }
                figures.addAll(figures(timings));
            }
            new ResultsPart("5. End to end with the real `pulumi` CLI (up --skip-preview, refresh, destroy)", figures)
                    .write(Path.of(args[0]));
        }
    }

    /** Up, refresh and destroy of each stack on a fresh lens, checking that the shares came and went. */
    private void cycle(Timings timings) throws IOException, InterruptedException {
        emulator.reset();
        String lensArn = emulator.seedLens("End-to-end lens");
        pulumi.setConfig(shares, "lensArn", lensArn);
        pulumi.setConfig(shares, "count", String.valueOf(timings.count()));
        pulumi.setConfig(components, "count", String.valueOf(timings.count()));
        for (int command = 0; command < COMMANDS.size(); command++) {
            timings.shares().get(command).add(pulumi.timed(shares, COMMANDS.get(command)));
            int expected = COMMANDS.get(command).equals("destroy") ? 0 : timings.count();
            if (liveShares(lensArn) != expected) {
                throw new IllegalStateException("after pulumi " + COMMANDS.get(command) + " the lens has "
                        + liveShares(lensArn) + " shares, expected " + expected);
            }
        }
        for (int command = 0; command < COMMANDS.size(); command++) {
            timings.components().get(command).add(pulumi.timed(components, COMMANDS.get(command)));
        }
    }

    private int liveShares(String lensArn) {
        int count = 0;
        for (JsonElement share : emulator.state().getAsJsonArray("shares")) {
            if (share.getAsJsonObject().get("lensArn").getAsString().equals(lensArn)) {
                count++;
            }
        }
        return count;
    }

    private static List<Figure> figures(Timings timings) {
        int n = timings.count();
        List<Figure> figures = new ArrayList<>();
        for (int command = 0; command < COMMANDS.size(); command++) {
            List<Double> withShares = timings.shares().get(command);
            List<Double> withComponents = timings.components().get(command);
            String name = "pulumi " + COMMANDS.get(command);
            Figure engineOnly = Figure.of(name + ", " + n + " component resources (engine only)", "s", withComponents)
                    .withN(n);
            figures.add(Figure.of(name + ", " + n + " lens shares", "s", withShares)
                    .withN(n)
                    .against(engineOnly));
            figures.add(engineOnly);
            // Run by run: each run's two stacks ran back to back, so their difference is the fairest estimate.
            figures.add(Figure.of(
                            name + ", " + n + " lens shares: provider's share of the time",
                            "%",
                            IntStream.range(0, withShares.size())
                                    .mapToObj(run ->
                                            100 * (withShares.get(run) - withComponents.get(run)) / withShares.get(run))
                                    .toList())
                    .withN(n)
                    .withNote("Provider's share of the time = (time with shares − time with components) ÷ time with "
                            + "shares, run by run: the provider's start, its work and its API calls, beyond what the "
                            + "engine and the language host spend per resource."));
        }
        return figures;
    }
}
