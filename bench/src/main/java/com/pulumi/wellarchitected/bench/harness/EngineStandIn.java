package com.pulumi.wellarchitected.bench.harness;

import com.google.protobuf.Empty;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.LogRequest;

/**
 * The engine's side of the provider's {@code Log} RPC. The provider logs each share it creates and waits for the
 * engine to take the message, so a benchmark without an engine address would leave out part of a create's cost.
 */
public final class EngineStandIn extends EngineGrpc.EngineImplBase implements AutoCloseable {

    private final Server server;

    public EngineStandIn() throws IOException {
        server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .addService(this)
                .build()
                .start();
    }

    /** The address the provider is launched with, as the engine passes it. */
    public String address() {
        return "127.0.0.1:" + server.getPort();
    }

    @Override
    public void log(LogRequest request, StreamObserver<Empty> reply) {
        reply.onNext(Empty.getDefaultInstance());
        reply.onCompleted();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
