package com.pulumi.wellarchitected.bench.profile;

import com.pulumi.wellarchitected.bench.harness.ConcurrentCallers;
import com.pulumi.wellarchitected.bench.harness.ConcurrentCallers.Outcome;
import com.pulumi.wellarchitected.bench.harness.EngineStandIn;
import com.pulumi.wellarchitected.bench.harness.LaunchedProvider;
import com.pulumi.wellarchitected.bench.harness.LensShareCalls;
import com.pulumi.wellarchitected.bench.harness.ManagedShare;
import com.pulumi.wellarchitected.bench.harness.Plugin;
import com.pulumi.wellarchitected.bench.harness.Principals;
import com.pulumi.wellarchitected.bench.harness.Repository;
import com.pulumi.wellarchitected.bench.harness.RunningEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * A quicker stand-in for benchmark 5's peak-RSS figure, to compare JVM flags and thread models: N Check + Create
 * calls at once through one freshly launched plugin (as {@code pulumi up --parallel N} makes them), then the plugin's
 * VmHWM, the kernel's high-water mark of its resident set. The launched provider takes its JVM options from the
 * environment ({@code WELLARCHITECTED_PROVIDER_JVM_OPTIONS}); {@code -Dnmt=<jcmd>} prints its native memory summary
 * after the creates. Usage: {@code ConcurrentCreatesRss [N] [java|go]}.
 */
public final class ConcurrentCreatesRss {

    private ConcurrentCreatesRss() {}

    public static void main(String[] args) throws Exception {
        int creates = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Plugin plugin = args.length > 1 ? Plugin.valueOf(args[1].toUpperCase(Locale.ROOT)) : Plugin.JAVA;
        Principals principals = new Principals();
        try (RunningEmulator emulator = RunningEmulator.start();
                EngineStandIn engine = new EngineStandIn();
                LaunchedProvider provider = LaunchedProvider.launch(
                                plugin, engine, Repository.logs().resolve("rss-" + plugin.label() + ".stderr"))
                        .configure(emulator.endpoint())) {
            String lens = emulator.control().seedLens("Concurrent lens");
            LensShareCalls calls = new LensShareCalls(provider.blocking());
            List<Callable<ManagedShare>> work = new ArrayList<>();
            for (int i = 0; i < creates; i++) {
                String principal = principals.next();
                work.add(() -> calls.share(lens, principal));
            }
            long start = System.nanoTime();
            List<Outcome<ManagedShare>> outcomes;
            try (ConcurrentCallers callers = new ConcurrentCallers(creates)) {
                outcomes = callers.runAll(work);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long failed = outcomes.stream()
                    .filter(outcome -> outcome.failure() != null)
                    .count();
            String hwm = Files.readAllLines(Path.of("/proc/" + provider.pid() + "/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .findFirst()
                    .orElseThrow();
            long threads =
                    Files.list(Path.of("/proc/" + provider.pid() + "/task")).count();
            System.out.printf(
                    Locale.ROOT,
                    "%d creates at once in %.2f s, %d failed; peak RSS %.1f MB; %d threads after%n",
                    creates,
                    seconds,
                    failed,
                    Long.parseLong(hwm.replaceAll("[^0-9]", "")) / 1024.0,
                    threads);
            if (System.getProperty("nmt") != null) {
                // With -XX:NativeMemoryTracking=summary in the provider's options: where the resident memory went.
                new ProcessBuilder(
                                System.getProperty("nmt"), Long.toString(provider.pid()), "VM.native_memory", "summary")
                        .inheritIO()
                        .start()
                        .waitFor();
            }
            if (failed > 0) {
                System.exit(1);
            }
        }
    }
}
