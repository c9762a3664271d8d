package com.pulumi.wellarchitected.bench.overhead;

import com.google.protobuf.Struct;
import com.pulumi.wellarchitected.bench.harness.DirectLensShares;
import com.pulumi.wellarchitected.bench.harness.EngineStandIn;
import com.pulumi.wellarchitected.bench.harness.LensShareCalls;
import com.pulumi.wellarchitected.bench.harness.Plugin;
import com.pulumi.wellarchitected.bench.harness.Principals;
import com.pulumi.wellarchitected.bench.harness.RunningEmulator;
import com.pulumi.wellarchitected.bench.harness.UpAndDestroy;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import pulumirpc.Provider.CreateResponse;

/**
 * One lens share's life, Check + Create + Read + Delete, through the gRPC surface of the launched Java provider and
 * of the Go anchor (the Delete in a second process of the plugin, as {@code pulumi destroy} runs it), and the same API calls through the AWS SDK directly for context, all against an emulator in the
 * benchmark's JVM. Each measured iteration is one run of the figure; {@code OperationOverheadBenchmark} sets how many.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class OperationOverhead {

    /** An emulator holding one lens, and fresh principals to share it with. */
    @State(Scope.Benchmark)
    public static class Lens {
        RunningEmulator emulator;
        String lensArn;
        final Principals principals = new Principals();

        @Setup(Level.Trial)
        public void start() throws IOException {
            emulator = RunningEmulator.start();
            lensArn = emulator.control().seedLens("Overhead lens");
        }

        @TearDown(Level.Trial)
        public void stop() {
            emulator.close();
        }
    }

    /** The Java provider as the engine runs it: launched, configured for the emulator, logging to an engine. */
    @State(Scope.Benchmark)
    public static class JavaPath extends PluginPath {
        @Setup(Level.Trial)
        public void launch(Lens lens) throws IOException {
            launch(Plugin.JAVA, lens);
        }
    }

    /** The Go anchor, launched and configured the same way. */
    @State(Scope.Benchmark)
    public static class GoPath extends PluginPath {
        @Setup(Level.Trial)
        public void launch(Lens lens) throws IOException {
            launch(Plugin.GO, lens);
        }
    }

    /**
     * A plugin launched as {@code pulumi up} and as {@code pulumi destroy} launch it, with its engine; JMH states
     * cannot be parameterised, hence one subclass per plugin.
     */
    public abstract static class PluginPath {
        EngineStandIn engine;
        UpAndDestroy provider;
        LensShareCalls calls;
        LensShareCalls destroy;

        void launch(Plugin plugin, Lens lens) throws IOException {
            engine = new EngineStandIn();
            provider = UpAndDestroy.launch(plugin, engine, lens.emulator.endpoint(), "overhead-" + plugin.label());
            calls = provider.up();
            destroy = provider.destroy();
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            provider.close();
            engine.close();
        }
    }

    /** The AWS SDK client of the baseline. */
    @State(Scope.Benchmark)
    public static class DirectPath {
        DirectLensShares client;

        @Setup(Level.Trial)
        public void connect(Lens lens) {
            client = new DirectLensShares(lens.emulator.endpoint());
        }

        @TearDown(Level.Trial)
        public void close() {
            client.close();
        }
    }

    /** Check, Create, Read, Delete: what a {@code pulumi up}, {@code refresh} and {@code destroy} ask of one share. */
    @Benchmark
    public String java(Lens lens, JavaPath path) {
        return life(lens, path);
    }

    /** The same life through the Go anchor. */
    @Benchmark
    public String go(Lens lens, GoPath path) {
        return life(lens, path);
    }

    private static String life(Lens lens, PluginPath path) {
        String name = lens.principals.next();
        Struct inputs = path.calls.check(name, lens.lensArn, name);
        CreateResponse created = path.calls.create(name, inputs);
        String id = path.calls
                .read(name, created.getId(), created.getProperties(), inputs)
                .getId();
        path.destroy.delete(name, id, created.getProperties(), inputs);
        return id;
    }

    /**
     * The provider's API calls made directly: CreateLensShare, then ListLensShares filtered to the principal twice
     * (the provider's Create reads the new share's status, its Read reads it again), then DeleteLensShare.
     */
    @Benchmark
    public String direct(Lens lens, DirectPath path) {
        String principal = lens.principals.next();
        String shareId = path.client.create(lens.lensArn, principal);
        for (int read = 0; read < 2; read++) {
            if (path.client.find(lens.lensArn, principal, shareId).isEmpty()) {
                throw new IllegalStateException("share " + shareId + " is not listed");
            }
        }
        path.client.delete(lens.lensArn, shareId);
        return shareId;
    }
}
