package com.pulumi.wellarchitected.provider.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Empty;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.ResourceProviderGrpc;

/**
 * The real plugin binary, {@code provider/bin/pulumi-resource-wellarchitected}, started as the engine starts it:
 * from another directory, with the engine's arguments; it prints its port and nothing else on stdout, serves the
 * whole lifecycle, logs through the engine, and exits cleanly on SIGINT.
 */
class LaunchedProviderIT {

    private static final Path LAUNCHER =
            Path.of("bin", "pulumi-resource-wellarchitected").toAbsolutePath();

    private ProviderFixture fixture;
    private Process process;
    private Path stderr;

    @BeforeEach
    void launch() throws Exception {
        fixture = new ProviderFixture();
        stderr = Files.createTempFile("provider-stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(
                        LAUNCHER.toString(), "--logtostderr", "-v=3", fixture.engine.address())
                .directory(new File(System.getProperty("java.io.tmpdir")))
                .redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        process = builder.start();
    }

    @AfterEach
    void stop() throws IOException {
        process.destroyForcibly();
        fixture.close();
        Files.deleteIfExists(stderr);
    }

    @Test
    void theLaunchedBinaryServesTheLifecycleAndStopsOnSigint() throws Exception {
        BufferedReader stdout =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String portLine = stdout.readLine();
        assertThat(portLine).matches("[1-9][0-9]{0,4}");
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", Integer.parseInt(portLine))
                .usePlaintext()
                .build();
        try {
            var provider = ResourceProviderGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
            assertThat(provider.getPluginInfo(Empty.getDefaultInstance()).getVersion())
                    .isEqualTo("0.1.0");
            LifecycleScenario.run(provider, fixture);
        } finally {
            channel.shutdownNow();
        }
        assertThat(fixture.engine.logs())
                .extracting(LogRequest::getMessage)
                .anyMatch(m -> m.startsWith("created lens share "));

        new ProcessBuilder("kill", "-" + stopSignal(), Long.toString(process.pid()))
                .start()
                .waitFor();

        assertThat(process.waitFor(10, TimeUnit.SECONDS))
                .as("exited after the signal")
                .isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(stdout.readLine()).as("nothing on stdout but the port").isNull();
        String errors = Files.readString(stderr);
        assertThat(errors)
                .doesNotContain(ProviderFixture.SECRET_KEY)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    /**
     * SIGINT, as the engine sends it; unless this JVM was started with SIGINT ignored (a background job of a
     * non-interactive shell), since the launched JVM would inherit that and could not handle it. SIGTERM takes the
     * same path in the provider.
     */
    private static String stopSignal() throws IOException {
        List<String> status = Files.readAllLines(Path.of("/proc/self/status"));
        long ignored = status.stream()
                .filter(line -> line.startsWith("SigIgn:"))
                .map(line -> Long.parseLong(line.substring(7).trim(), 16))
                .findFirst()
                .orElse(0L);
        return (ignored & (1L << 1)) != 0 ? "TERM" : "INT";
    }
}
