package com.pulumi.wellarchitected.provider.grpc;

import com.pulumi.wellarchitected.provider.lensshare.UserLog;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.okhttp.OkHttpChannelBuilder;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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

    /** Waits for the engine to take the message, so that a crash right after it cannot lose it. */
    @Override
    public void info(String urn, String message) {
        send(LogSeverity.INFO, urn, message).await();
    }

    /** Sends the message at once; its delivery waits for the engine to take it. */
    @Override
    public Delivery infoInBackground(String urn, String message) {
        return send(LogSeverity.INFO, urn, message);
    }

    private Delivery send(LogSeverity severity, String urn, String message) {
        EngineGrpc.EngineFutureStub engine = engine();
        if (engine == null) {
            fallback.println(severity + " " + urn + ": " + message);
            return () -> {};
        }
        Future<?> sent = engine.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
                .log(LogRequest.newBuilder()
                        .setSeverity(severity)
                        .setUrn(urn)
                        .setMessage(message)
                        .build());
        return () -> {
            try {
                sent.get();
            } catch (ExecutionException e) {
                fallback.println(severity + " " + urn + ": " + message + " (the engine did not take it: "
                        + Status.fromThrowable(e.getCause()).getCode() + ")");
            } catch (InterruptedException e) {
                // The message is already on its way; the interrupt is the caller's to act on.
                Thread.currentThread().interrupt();
            }
        };
    }

    private synchronized EngineGrpc.EngineFutureStub engine() {
        if (address.isEmpty()) {
            return null;
        }
        if (channel == null) {
            channel =
                    OkHttpChannelBuilder.forTarget(address.get()).usePlaintext().build();
        }
        return EngineGrpc.newFutureStub(channel);
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            channel.shutdown();
            channel = null;
        }
    }
}
