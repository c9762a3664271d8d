package com.pulumi.wellarchitected.provider.protocol;

import com.google.protobuf.Empty;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.LogRequest;

/** The engine's side of the {@code Log} RPC, on a real loopback port, recording what the provider logs. */
final class FakeEngine extends EngineGrpc.EngineImplBase implements AutoCloseable {

    private final List<LogRequest> logs = new CopyOnWriteArrayList<>();
    private final Server server;

    FakeEngine() throws IOException {
        server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .addService(this)
                .build()
                .start();
    }

    String address() {
        return "127.0.0.1:" + server.getPort();
    }

    List<LogRequest> logs() {
        return logs;
    }

    @Override
    public void log(LogRequest request, StreamObserver<Empty> reply) {
        logs.add(request);
        reply.onNext(Empty.getDefaultInstance());
        reply.onCompleted();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
