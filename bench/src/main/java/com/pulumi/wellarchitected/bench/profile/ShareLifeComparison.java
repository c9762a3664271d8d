package com.pulumi.wellarchitected.bench.profile;

import com.google.protobuf.Struct;
import com.pulumi.wellarchitected.bench.harness.EngineStandIn;
import com.pulumi.wellarchitected.bench.harness.LensShareCalls;
import com.pulumi.wellarchitected.bench.harness.Principals;
import com.pulumi.wellarchitected.bench.harness.RunningEmulator;
import com.pulumi.wellarchitected.bench.harness.UpAndDestroy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pulumirpc.Provider.CreateResponse;

/**
 * Compares two builds of the provider on a machine whose load changes from second to second: one share's Check +
 * Create + Read + Delete through build A, then one through build B, and so on for so many seconds, so that both
 * meet the same load; prints each call's median for both and the median of the B ÷ A ratios of neighbouring lives.
 * Usage: {@code ShareLifeComparison <seconds> <launcher A> <launcher B>}, each launcher a
 * {@code provider/bin/pulumi-resource-wellarchitected} of a built tree.
 */
public final class ShareLifeComparison {

    private static final String[] CALLS = {"Check", "Create", "Read", "Delete", "Share life"};

    private ShareLifeComparison() {}

    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args[0]);
        Principals principals = new Principals();
        try (RunningEmulator emulator = RunningEmulator.start();
                EngineStandIn engine = new EngineStandIn();
                UpAndDestroy a = UpAndDestroy.launch(Path.of(args[1]), engine, emulator.endpoint(), "comparison-A");
                UpAndDestroy b = UpAndDestroy.launch(Path.of(args[2]), engine, emulator.endpoint(), "comparison-B")) {
            String lens = emulator.control().seedLens("Compared lens");
            List<long[]> livesA = new ArrayList<>();
            List<long[]> livesB = new ArrayList<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            // One untimed life each first: the first calls load classes and open connections.
            life(a, lens, principals.next());
            life(b, lens, principals.next());
            while (System.nanoTime() < end) {
                livesA.add(life(a, lens, principals.next()));
                livesB.add(life(b, lens, principals.next()));
            }
            for (int call = 0; call < CALLS.length; call++) {
                int index = call;
                List<Double> ratios = new ArrayList<>();
                for (int i = 0; i < livesA.size(); i++) {
                    ratios.add((double) livesB.get(i)[index] / livesA.get(i)[index]);
                }
                System.out.printf(
                        Locale.ROOT,
                        "%-10s A %.2f ms, B %.2f ms (medians of %d lives each); B ÷ A, median of pairs: %.3f%n",
                        CALLS[call],
                        median(livesA.stream().map(t -> t[index] / 1e6).toList()),
                        median(livesB.stream().map(t -> t[index] / 1e6).toList()),
                        livesA.size(),
                        median(ratios));
            }
        }
    }

    /** One share's life; the nanoseconds of each call and of the whole. */
    private static long[] life(UpAndDestroy provider, String lens, String name) {
        LensShareCalls up = provider.up();
        long t0 = System.nanoTime();
        Struct inputs = up.check(name, lens, name);
        long t1 = System.nanoTime();
        CreateResponse created = up.create(name, inputs);
        long t2 = System.nanoTime();
        up.read(name, created.getId(), created.getProperties(), inputs);
        long t3 = System.nanoTime();
        provider.destroy().delete(name, created.getId(), created.getProperties(), inputs);
        long t4 = System.nanoTime();
        return new long[] {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
