package com.pulumi.wellarchitected.bench.endtoend;

import com.google.gson.JsonElement;
import com.pulumi.wellarchitected.bench.harness.EmulatorControl;
import com.pulumi.wellarchitected.bench.harness.Plugin;
import com.pulumi.wellarchitected.bench.harness.RunningEmulator;
import com.pulumi.wellarchitected.bench.results.Figure;
import com.pulumi.wellarchitected.bench.results.ResultsPart;
import com.pulumi.wellarchitected.bench.results.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 5, end to end: wall time of {@code pulumi up}, {@code refresh} and {@code destroy} of N lens shares of
 * examples/account-fleet with the real CLI and Java language host, once with the Java provider and once with the Go anchor on
 * {@code PATH} (the program, the CLI and the emulator are the same), taking turns run by run; then the plugin's peak
 * RSS while the engine creates {@code M} shares at once. Usage:
 * {@code EndToEndBenchmark <part.json> <toolchain bin> <work dir> <N> <runs> <M>}.
 */
public final class EndToEndBenchmark {

    private static final List<String> COMMANDS = List.of("up", "refresh", "destroy");
    private static final double TARGET_RATIO = 1.1;
    private static final double TARGET_PEAK_RSS_MB = 150;

    private final PulumiCli pulumi;
    private final EmulatorControl emulator;
    private final Path shares;

    private EndToEndBenchmark(PulumiCli pulumi, EmulatorControl emulator) throws IOException, InterruptedException {
        this.pulumi = pulumi;
        this.emulator = emulator;
        // The example the e2e tests run too, so that the benchmarked program is the tested one.
        this.shares = pulumi.project("examples/account-fleet");
        pulumi.setConfig(shares, "wellarchitected:endpoint", emulator.endpoint().toString());
        // The same accounts as the other benchmarks use: each is its own SharedWithPrefix.
        pulumi.setConfig(shares, "firstAccount", "200000000000");
    }

    public static void main(String[] args) throws Exception {
        Path toolchain = Path.of(args[1]);
        Path workDir = Files.createDirectories(Path.of(args[2]));
        int count = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        int burst = Integer.parseInt(args[5]);
        Map<Plugin, List<List<Double>>> timings = new EnumMap<>(Plugin.class);
        Map<Plugin, Double> peakRss = new EnumMap<>(Plugin.class);
        try (RunningEmulator emulator = RunningEmulator.start()) {
            Map<Plugin, EndToEndBenchmark> benchmarks = new EnumMap<>(Plugin.class);
            for (Plugin plugin : Plugin.values()) {
                var benchmark = new EndToEndBenchmark(
                        new PulumiCli(toolchain, workDir.resolve(plugin.label()), plugin), emulator.control());
                benchmarks.put(plugin, benchmark);
                timings.put(
                        plugin,
                        COMMANDS.stream()
                                .<List<Double>>map(c -> new ArrayList<>())
                                .toList());
                // One untimed cycle: the first command of a fresh PULUMI_HOME does one-time work.
                benchmark.cycle(
                        1,
                        COMMANDS.stream()
                                .<List<Double>>map(c -> new ArrayList<>())
                                .toList());
            }
            for (int run = 0; run < runs; run++) {
                for (Plugin plugin : Plugin.values()) {
                    benchmarks.get(plugin).cycle(count, timings.get(plugin));
                }
            }
            for (Plugin plugin : Plugin.values()) {
                peakRss.put(plugin, benchmarks.get(plugin).peakRssOfBurst(plugin, burst));
            }
        }
        new ResultsPart(
                        "5. End to end with the real `pulumi` CLI (up --skip-preview, refresh, destroy), Java provider "
                                + "vs. Go anchor",
                        figures(count, timings, burst, peakRss))
                .write(Path.of(args[0]));
    }

    /** Up, refresh and destroy of the stack on a fresh lens, checking that the shares came and went. */
    private void cycle(int count, List<List<Double>> timings) throws IOException, InterruptedException {
        String lensArn = freshLens(count);
        for (int command = 0; command < COMMANDS.size(); command++) {
            timings.get(command).add(pulumi.timed(shares, COMMANDS.get(command)));
            expectShares(lensArn, COMMANDS.get(command).equals("destroy") ? 0 : count, COMMANDS.get(command));
        }
    }

    /**
     * {@code pulumi up} of {@code count} shares with as many operations at once, while the plugin's peak resident
     * set is sampled; then an untimed destroy.
     */
    private double peakRssOfBurst(Plugin plugin, int count) throws IOException, InterruptedException {
        String lensArn = freshLens(count);
        double peakMb;
        try (PeakRss sampler = PeakRss.of(plugin)) {
            pulumi.timed(shares, "up", "--parallel", String.valueOf(count));
            peakMb = sampler.peakMb();
        }
        expectShares(lensArn, count, "up");
        pulumi.timed(shares, "destroy");
        return peakMb;
    }

    private String freshLens(int count) throws IOException, InterruptedException {
        emulator.reset();
        String lensArn = emulator.seedLens("End-to-end lens");
        pulumi.setConfig(shares, "lensArn", lensArn);
        pulumi.setConfig(shares, "shareCount", String.valueOf(count));
        return lensArn;
    }

    private void expectShares(String lensArn, int expected, String command) {
        int live = 0;
        for (JsonElement share : emulator.state().getAsJsonArray("shares")) {
            if (share.getAsJsonObject().get("lensArn").getAsString().equals(lensArn)) {
                live++;
            }
        }
        if (live != expected) {
            throw new IllegalStateException(
                    "after pulumi " + command + " the lens has " + live + " shares, expected " + expected);
        }
    }

    private static List<Figure> figures(
            int count, Map<Plugin, List<List<Double>>> timings, int burst, Map<Plugin, Double> peakRss) {
        List<Figure> figures = new ArrayList<>();
        for (int command = 0; command < COMMANDS.size(); command++) {
            String name = "pulumi " + COMMANDS.get(command) + ", " + count + " lens shares, ";
            Figure go = Figure.of(
                            name + "Go anchor", "s", timings.get(Plugin.GO).get(command))
                    .withN(count);
            figures.add(Figure.of(
                            name + "Java provider",
                            "s",
                            timings.get(Plugin.JAVA).get(command))
                    .withN(count)
                    .against(go)
                    .withTarget(Target.ratioAtMost(TARGET_RATIO)));
            figures.add(go);
        }
        String rss = "Plugin's peak RSS while the engine creates " + burst + " shares at once, ";
        Figure go = Figure.of(rss + "Go anchor", "MB", List.of(peakRss.get(Plugin.GO)))
                .withN(burst);
        figures.add(Figure.of(rss + "Java provider", "MB", List.of(peakRss.get(Plugin.JAVA)))
                .withN(burst)
                .against(go)
                .withTarget(Target.atMost(TARGET_PEAK_RSS_MB, "MB"))
                .withNote("`pulumi up --parallel " + burst + "`; the plugin process's VmHWM, sampled from /proc "
                        + "every 20 ms during the command; one run per plugin."));
        figures.add(go);
        return figures;
    }
}
