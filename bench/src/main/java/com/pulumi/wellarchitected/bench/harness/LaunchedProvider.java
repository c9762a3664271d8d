package com.pulumi.wellarchitected.bench.harness;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.ResourceProviderGrpc;
import pulumirpc.ResourceProviderGrpc.ResourceProviderBlockingStub;

/**
 * The provider started as the engine starts it: the launcher with the engine address as its last argument, the
 * gRPC port read from the first line of its standard output, then CheckConfig and Configure.
 */
public final class LaunchedProvider implements AutoCloseable {

    private final Process process;
    private final ManagedChannel channel;

    private LaunchedProvider(Process process, ManagedChannel channel) {
        this.process = process;
        this.channel = channel;
    }

    /** Launches the Java provider; its standard error goes to {@code stderrLog}. */
    public static LaunchedProvider launch(EngineStandIn engine, Path stderrLog) throws IOException {
        return launch(Plugin.JAVA, engine, stderrLog);
    }

    /** Launches the plugin; its standard error goes to {@code stderrLog}. */
    public static LaunchedProvider launch(Plugin plugin, EngineStandIn engine, Path stderrLog) throws IOException {
        return launch(plugin.executable(), engine, stderrLog);
    }

    /** Launches the plugin executable at {@code executable}, e.g. another build's launcher, to compare two builds. */
    public static LaunchedProvider launch(Path executable, EngineStandIn engine, Path stderrLog) throws IOException {
        Files.createDirectories(stderrLog.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(executable.toString(), engine.address())
                .redirectError(ProcessBuilder.Redirect.appendTo(stderrLog.toFile()))
                .start();
        BufferedReader stdout =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String portLine = stdout.readLine();
        if (portLine == null || !portLine.trim().matches("\\d+")) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "the provider printed " + portLine + " instead of its port; see " + stderrLog);
        }
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", Integer.parseInt(portLine.trim()))
                .usePlaintext()
                .build();
        return new LaunchedProvider(process, channel);
    }

    /** The plugin's process ID: the launcher execs the JVM, so it is the JVM's too. */
    public long pid() {
        return process.pid();
    }

    public ResourceProviderBlockingStub blocking() {
        return ResourceProviderGrpc.newBlockingStub(channel);
    }

    public ResourceProviderGrpc.ResourceProviderFutureStub future() {
        return ResourceProviderGrpc.newFutureStub(channel);
    }

    /** Configures the provider for the emulator as the lens owner, as {@code pulumi up} does with stack config. */
    public LaunchedProvider configure(URI emulator) {
        Struct config = Struct.newBuilder()
                .putFields("endpoint", text(emulator.toString()))
                .putFields("region", text(EmulatorControl.REGION))
                .putFields("accessKey", text(EmulatorControl.OWNER))
                .putFields("secretKey", text("bench-secret"))
                .build();
        Struct checked = blocking()
                .checkConfig(CheckRequest.newBuilder()
                        .setUrn("urn:pulumi:bench::bench::pulumi:providers:wellarchitected::default")
                        .setNews(config)
                        .build())
                .getInputs();
        blocking()
                .configure(ConfigureRequest.newBuilder()
                        .setArgs(checked)
                        .setAcceptSecrets(true)
                        .setAcceptResources(true)
                        .setSendsOldInputs(true)
                        .build());
        return this;
    }

    /** Closes the connection and stops the process as the engine does: SIGTERM, then SIGKILL after 5 s. */
    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow();
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static Value text(String value) {
        return Value.newBuilder().setStringValue(value).build();
    }
}
