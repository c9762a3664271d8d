package com.pulumi.wellarchitected.bench.refresh;

import com.pulumi.wellarchitected.bench.harness.ConcurrentCallers;
import com.pulumi.wellarchitected.bench.harness.DirectLensShares;
import com.pulumi.wellarchitected.bench.harness.EmulatorControl;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Benchmark 3, refresh at scale: the Read of every share of one lens at the 300-share quota, 8 at a time as
 * {@code pulumi refresh} reads, through the Java provider and through the Go anchor, each reading the shares it
 * created; the same filtered ListLensShares made directly for context, and API requests per Read from the
 * emulator's metrics. Usage: {@code RefreshAtScaleBenchmark <part.json> [runs]}.
 */
public final class RefreshAtScaleBenchmark {

    private static final double TARGET_RATIO = 1.2;
    private static final int SHARES = 300;
    private static final int CREATE_CALLERS = 16;
    // `pulumi refresh` runs 8 resource operations at once by default (its --parallel): every path reads as it does.
    private static final int READ_CALLERS = 8;

    private final EmulatorControl emulator;
    private final DirectLensShares direct;
    private final ConcurrentCallers readers;
    private final Principals principals = new Principals();

    private RefreshAtScaleBenchmark(EmulatorControl emulator, DirectLensShares direct, ConcurrentCallers readers) {
        this.emulator = emulator;
        this.direct = direct;
        this.readers = readers;
    }

    /** The measurements of one plugin, one entry per run. */
    private record Measured(List<Double> pluginMs, List<Double> directMs, List<Double> requestsPerRead) {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Map<Plugin, Measured> measured = new EnumMap<>(Plugin.class);
        try (RunningEmulator emulator = RunningEmulator.start();
                EngineStandIn engine = new EngineStandIn();
                DirectLensShares direct = new DirectLensShares(emulator.endpoint());
                ConcurrentCallers readers = new ConcurrentCallers(READ_CALLERS)) {
            var benchmark = new RefreshAtScaleBenchmark(emulator.control(), direct, readers);
            for (Plugin plugin : Plugin.values()) {
                try (LaunchedProvider launched = LaunchedProvider.launch(
                                plugin, engine, Repository.logs().resolve("refresh-" + plugin.label() + ".stderr"))
                        .configure(emulator.endpoint())) {
                    measured.put(plugin, benchmark.measure(new LensShareCalls(launched.blocking()), runs));
                }
            }
        }
        new ResultsPart(
                        "3. Refresh at scale (Read of each of " + SHARES + " shares on one lens, " + READ_CALLERS
                                + " concurrent callers)",
                        figures(measured))
                .write(Path.of(args[0]));
    }

    private Measured measure(LensShareCalls plugin, int runs) throws InterruptedException {
        List<ManagedShare> shares = createFleet(plugin);
        // One untimed pass of each path warms the JIT of both processes and the connections.
        readThrough(plugin, shares);
        readDirectly(shares);
        Measured measured = new Measured(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int run = 0; run < runs; run++) {
            emulator.resetMetrics();
            measured.pluginMs().add(readThrough(plugin, shares));
            measured.requestsPerRead().add((double) emulator.metrics().total() / shares.size());
            measured.directMs().add(readDirectly(shares));
        }
        return measured;
    }

    /** Shares a fresh lens through the plugin, as {@code pulumi up} of the stack would, so state holds real outputs. */
    private List<ManagedShare> createFleet(LensShareCalls plugin) throws InterruptedException {
        emulator.reset();
        String lensArn = emulator.seedLens("Refresh lens");
        List<Callable<ManagedShare>> creates = new ArrayList<>();
        for (int share = 0; share < SHARES; share++) {
            String principal = principals.next();
            creates.add(() -> plugin.share(lensArn, principal));
        }
        try (ConcurrentCallers callers = new ConcurrentCallers(CREATE_CALLERS)) {
            return callers.runAllOrFail(creates);
        }
    }

    private double readThrough(LensShareCalls plugin, List<ManagedShare> shares) throws InterruptedException {
        return timed(shares, share -> {
            String id = plugin.read(share.name(), share.id(), share.outputs(), share.inputs())
                    .getId();
            if (!id.equals(share.id())) {
                throw new IllegalStateException("Read of live share " + share.id() + " answered ID '" + id + "'");
            }
        });
    }

    private double readDirectly(List<ManagedShare> shares) throws InterruptedException {
        return timed(shares, share -> {
            if (direct.find(share.lensArn(), share.sharedWith(), share.shareId())
                    .isEmpty()) {
                throw new IllegalStateException("share " + share.id() + " is not listed");
            }
        });
    }

    /** Milliseconds to read every share, {@link #READ_CALLERS} at a time. */
    private double timed(List<ManagedShare> shares, Consumer<ManagedShare> read) throws InterruptedException {
        List<Callable<Void>> reads = shares.stream()
                .<Callable<Void>>map(share -> () -> {
                    read.accept(share);
                    return null;
                })
                .toList();
        long start = System.nanoTime();
        readers.runAllOrFail(reads);
        return millisSince(start);
    }

    private static List<Figure> figures(Map<Plugin, Measured> measured) {
        Figure go = Figure.of(
                        "Read of each share via the Go anchor",
                        "ms",
                        measured.get(Plugin.GO).pluginMs())
                .withN(SHARES);
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of(
                        "Read of each share via the Java provider",
                        "ms",
                        measured.get(Plugin.JAVA).pluginMs())
                .withN(SHARES)
                .against(go)
                .withTarget(Target.ratioAtMost(TARGET_RATIO)));
        figures.add(go);
        figures.add(Figure.of(
                        "Filtered ListLensShares per share, directly (context)",
                        "ms",
                        measured.get(Plugin.JAVA).directMs())
                .withN(SHARES));
        for (Plugin plugin : Plugin.values()) {
            figures.add(Figure.of(
                            "API requests per Read, " + plugin.label(),
                            "requests",
                            measured.get(plugin).requestsPerRead())
                    .withN(SHARES)
                    .withNote("One filtered ListLensShares finds a share however many shares its lens has."));
        }
        return figures;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
