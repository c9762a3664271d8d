package com.pulumi.wellarchitected.bench.refresh;

import com.pulumi.wellarchitected.bench.harness.ConcurrentCallers;
import com.pulumi.wellarchitected.bench.harness.DirectLensShares;
import com.pulumi.wellarchitected.bench.harness.EmulatorControl;
import com.pulumi.wellarchitected.bench.harness.EngineStandIn;
import com.pulumi.wellarchitected.bench.harness.LaunchedProvider;
import com.pulumi.wellarchitected.bench.harness.LensShareCalls;
import com.pulumi.wellarchitected.bench.harness.ManagedShare;
import com.pulumi.wellarchitected.bench.harness.Principals;
import com.pulumi.wellarchitected.bench.harness.Repository;
import com.pulumi.wellarchitected.bench.harness.RunningEmulator;
import com.pulumi.wellarchitected.bench.results.Figure;
import com.pulumi.wellarchitected.bench.results.ResultsPart;
import com.pulumi.wellarchitected.bench.results.Spread;
import com.pulumi.wellarchitected.bench.results.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Benchmark 3, refresh at scale: the provider's Read of every share of one lens at the 300-share quota, and of
 * 1,000 shares across 4 lenses, against the same reads made directly; API requests per Read from the emulator's
 * metrics. Usage: {@code RefreshAtScaleBenchmark <part.json> [runs]}.
 */
public final class RefreshAtScaleBenchmark {

    private static final double TARGET_RATIO = 1.5;
    private static final int CREATE_CALLERS = 16;
    // `pulumi refresh` runs 8 resource operations at once by default (its --parallel): both paths read as it does.
    private static final int READ_CALLERS = 8;

    private final EmulatorControl emulator;
    private final LensShareCalls provider;
    private final DirectLensShares direct;
    private final ConcurrentCallers readers;
    private final Principals principals = new Principals();

    private RefreshAtScaleBenchmark(
            EmulatorControl emulator, LensShareCalls provider, DirectLensShares direct, ConcurrentCallers readers) {
        this.emulator = emulator;
        this.provider = provider;
        this.direct = direct;
        this.readers = readers;
    }

    /** One stack to refresh: so many lenses, each shared with so many principals. */
    private record Fleet(String label, int lenses, int sharesPerLens) {
        int shares() {
            return lenses * sharesPerLens;
        }
    }

    /** The measurements of one fleet, one entry per run. */
    private record Measured(
            Fleet fleet,
            List<Double> providerMs,
            List<Double> directMs,
            List<Double> pagedMs,
            List<Double> requestsPerRead) {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (RunningEmulator emulator = RunningEmulator.start();
                EngineStandIn engine = new EngineStandIn();
                LaunchedProvider launched =
                        LaunchedProvider.launch(engine, Repository.logs().resolve("refresh-provider.stderr"));
                DirectLensShares direct = new DirectLensShares(emulator.endpoint());
                ConcurrentCallers readers = new ConcurrentCallers(READ_CALLERS)) {
            launched.configure(emulator.endpoint());
            var benchmark = new RefreshAtScaleBenchmark(
                    emulator.control(), new LensShareCalls(launched.blocking()), direct, readers);
            Measured quota = benchmark.measure(new Fleet("300 shares on 1 lens (the quota)", 1, 300), runs);
            Measured fourLenses = benchmark.measure(new Fleet("1,000 shares on 4 lenses", 4, 250), runs);
            new ResultsPart(
                            "3. Refresh at scale (Read of every share, " + READ_CALLERS + " concurrent callers)",
                            figures(quota, fourLenses))
                    .write(Path.of(args[0]));
        }
    }

    private Measured measure(Fleet fleet, int runs) throws InterruptedException {
        List<ManagedShare> shares = createFleet(fleet);
        List<String> lenses =
                shares.stream().map(ManagedShare::lensArn).distinct().toList();
        // One untimed pass of each path warms the JIT of both processes and the connections.
        readThroughProvider(shares);
        readDirectly(shares);
        Measured measured =
                new Measured(fleet, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int run = 0; run < runs; run++) {
            emulator.resetMetrics();
            measured.providerMs().add(readThroughProvider(shares));
            measured.requestsPerRead().add((double) emulator.metrics().total() / shares.size());
            measured.directMs().add(readDirectly(shares));
            measured.pagedMs().add(listEveryLens(lenses, shares.size()));
        }
        return measured;
    }

    /** Shares each lens through the provider, as {@code pulumi up} of the stack would, so state holds real outputs. */
    private List<ManagedShare> createFleet(Fleet fleet) throws InterruptedException {
        emulator.reset();
        List<Callable<ManagedShare>> creates = new ArrayList<>();
        for (int lens = 0; lens < fleet.lenses(); lens++) {
            String lensArn = emulator.seedLens("Refresh lens " + lens);
            for (int share = 0; share < fleet.sharesPerLens(); share++) {
                String principal = principals.next();
                creates.add(() -> provider.share(lensArn, principal));
            }
        }
        try (ConcurrentCallers callers = new ConcurrentCallers(CREATE_CALLERS)) {
            return callers.runAllOrFail(creates);
        }
    }

    private double readThroughProvider(List<ManagedShare> shares) throws InterruptedException {
        return timed(shares, share -> {
            String id = provider.read(share.name(), share.id(), share.outputs(), share.inputs())
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

    private double listEveryLens(List<String> lenses, int expected) {
        long start = System.nanoTime();
        int listed = lenses.stream().mapToInt(direct::listAll).sum();
        double elapsed = millisSince(start);
        if (listed != expected) {
            throw new IllegalStateException("listed " + listed + " shares, expected " + expected);
        }
        return elapsed;
    }

    private static List<Figure> figures(Measured small, Measured large) {
        double perReadSmall = Spread.of(small.requestsPerRead()).median();
        double perReadLarge = Spread.of(large.requestsPerRead()).median();
        Target constantInN = Target.judged(
                "constant in N (" + Figure.format(perReadSmall) + " at "
                        + small.fleet().shares() + ", " + Figure.format(perReadLarge) + " at "
                        + large.fleet().shares() + ")",
                perReadSmall == perReadLarge);
        List<Figure> figures = new ArrayList<>();
        for (Measured measured : List.of(small, large)) {
            Fleet fleet = measured.fleet();
            Figure direct = Figure.of(
                            fleet.label() + ": filtered ListLensShares per share, directly", "ms", measured.directMs())
                    .withN(fleet.shares());
            figures.add(Figure.of(fleet.label() + ": Read of each share via the provider", "ms", measured.providerMs())
                    .withN(fleet.shares())
                    .against(direct)
                    .withTarget(Target.ratioAtMost(TARGET_RATIO)));
            figures.add(direct);
            figures.add(Figure.of(fleet.label() + ": API requests per Read", "requests", measured.requestsPerRead())
                    .withN(fleet.shares())
                    .withTarget(constantInN));
            figures.add(Figure.of(
                            fleet.label() + ": paged listing of whole lenses, directly (context)",
                            "ms",
                            measured.pagedMs())
                    .withN(fleet.shares())
                    .withNote("The paged listing (50 shares a page) is context, not a baseline: it returns every "
                            + "share's status without finding any one share, and the engine reads resources one by "
                            + "one, so a provider cannot answer a refresh that way."));
        }
        return figures;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
