package com.pulumi.wellarchitected.bench.profile;

import com.google.protobuf.Struct;
import com.pulumi.wellarchitected.bench.harness.EngineStandIn;
import com.pulumi.wellarchitected.bench.harness.LensShareCalls;
import com.pulumi.wellarchitected.bench.harness.Plugin;
import com.pulumi.wellarchitected.bench.harness.Principals;
import com.pulumi.wellarchitected.bench.harness.RunningEmulator;
import com.pulumi.wellarchitected.bench.harness.UpAndDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pulumirpc.Provider.CreateResponse;

/**
 * A load to profile: Check + Create + Read + Delete of one share after another through a plugin for so many seconds,
 * as benchmark 2 does at one caller, the Delete in a second process of the plugin ({@link UpAndDestroy}). With a
 * recording file, the Java provider's first process (Check, Create, Read) is recorded with JFR (profile settings) after a warm-up of one tenth of the time, through {@code jcmd} of {@code -Djcmd=<path>}; see
 * bench/README.md, Profile. Usage: {@code ShareLifeLoop <seconds> [java|go] [recording.jfr]}.
 */
public final class ShareLifeLoop {

    private ShareLifeLoop() {}

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(System.getProperty("jcmd", "jcmd"), Long.toString(pid)));
        line.addAll(List.of(command));
        if (new ProcessBuilder(line).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", line) + " failed");
        }
    }

    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args[0]);
        Plugin plugin = args.length > 1 ? Plugin.valueOf(args[1].toUpperCase(Locale.ROOT)) : Plugin.JAVA;
        Principals principals = new Principals();
        try (RunningEmulator emulator = RunningEmulator.start();
                EngineStandIn engine = new EngineStandIn();
                UpAndDestroy provider =
                        UpAndDestroy.launch(plugin, engine, emulator.endpoint(), "profile-" + plugin.label())) {
            String lens = emulator.control().seedLens("Profiled lens");
            LensShareCalls calls = provider.up();
            LensShareCalls destroy = provider.destroy();
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            boolean recording = false;
            long[] nanos = new long[4];
            int lives = 0;
            while (System.nanoTime() < end) {
                if (args.length > 2 && !recording && System.nanoTime() - start > seconds * 100_000_000L) {
                    jcmd(provider.upPid(), "JFR.start", "settings=profile", "name=life");
                    recording = true;
                    lives = 0;
                    start = System.nanoTime();
                }
                String name = principals.next();
                long t0 = System.nanoTime();
                Struct inputs = calls.check(name, lens, name);
                long t1 = System.nanoTime();
                CreateResponse created = calls.create(name, inputs);
                long t2 = System.nanoTime();
                calls.read(name, created.getId(), created.getProperties(), inputs);
                long t3 = System.nanoTime();
                destroy.delete(name, created.getId(), created.getProperties(), inputs);
                long t4 = System.nanoTime();
                if (lives == 0) {
                    java.util.Arrays.fill(nanos, 0);
                }
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                nanos[2] += t3 - t2;
                nanos[3] += t4 - t3;
                lives++;
            }
            if (recording) {
                jcmd(
                        provider.upPid(),
                        "JFR.stop",
                        "name=life",
                        "filename=" + Path.of(args[2]).toAbsolutePath());
            }
            seconds = (System.nanoTime() - start) / 1_000_000_000L;
            System.out.printf(
                    Locale.ROOT,
                    "mean per call: Check %.2f ms, Create %.2f ms, Read %.2f ms, Delete %.2f ms%n",
                    nanos[0] / 1e6 / lives,
                    nanos[1] / 1e6 / lives,
                    nanos[2] / 1e6 / lives,
                    nanos[3] / 1e6 / lives);
            System.out.printf(
                    Locale.ROOT, "%d share lives in %d s: %.2f ms each%n", lives, seconds, seconds * 1e3 / lives);
        }
    }
}
