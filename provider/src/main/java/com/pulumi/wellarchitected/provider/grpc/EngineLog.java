package com.pulumi.wellarchitected.provider.grpc;

import com.pulumi.wellarchitected.provider.lensshare.UserLog;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.okhttp.OkHttpChannelBuilder;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;

/**
 * Sends messages to the user through the engine's {@code Log} RPC, the only output of a provider that
 * {@code pulumi} shows; without an engine (a provider started by hand) they go to standard error.
 */
public final class EngineLog implements UserLog, AutoCloseable {

    private static final long DEADLINE_SECONDS = 5;

    private final PrintStream fallback;
    private Optional<String> address;
    private ManagedChannel channel;

    public EngineLog(Optional<String> engineAddress, PrintStream fallback) {
        this.address = engineAddress;
        this.fallback = fallback;
    }

    /** The engine address given by {@code Attach}, when the engine did not start the provider itself. */
    public synchronized void attach(String engineAddress) {
        close();
        address = Optional.of(engineAddress);
    }

    @Override
    public void info(String urn, String message) {
        send(LogSeverity.INFO, urn, message);
    }

    /** Waits for the engine to take the message, so that a crash right after it cannot lose it. */
    private void send(LogSeverity severity, String urn, String message) {
        EngineGrpc.EngineBlockingStub engine = engine();
        if (engine == null) {
            fallback.println(severity + " " + urn + ": " + message);
            return;
        }
        try {
            engine.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
                    .log(LogRequest.newBuilder()
                            .setSeverity(severity)
                            .setUrn(urn)
                            .setMessage(message)
                            .build());
        } catch (StatusRuntimeException e) {
            fallback.println(severity + " " + urn + ": " + message + " (the engine did not take it: "
                    + e.getStatus().getCode() + ")");
        }
    }

    private synchronized EngineGrpc.EngineBlockingStub engine() {
        if (address.isEmpty()) {
            return null;
        }
        if (channel == null) {
            channel =
                    OkHttpChannelBuilder.forTarget(address.get()).usePlaintext().build();
        }
        return EngineGrpc.newBlockingStub(channel);
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            channel.shutdown();
            channel = null;
        }
    }
}
