package com.pulumi.wellarchitected.provider.grpc;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.nio.NioEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioServerSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import io.grpc.netty.shaded.io.netty.util.internal.logging.InternalLoggerFactory;
import io.grpc.netty.shaded.io.netty.util.internal.logging.JdkLoggerFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/** The gRPC server the engine talks to: loopback only, on a free port. */
public final class ProviderServer implements AutoCloseable {

    static {
        // gRPC probes netty's native epoll transport when it loads, extracting and loading a shared library; the
        // server uses NIO, so the probe is start-up time for nothing.
        System.setProperty("io.grpc.netty.shaded.io.netty.transport.noNative", "true");
        // Netty would otherwise look for SLF4J, find the AWS SDK's slf4j-api without a binding, load it for nothing
        // and print a warning about it.
        InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
    }

    private final Server server;
    private final NioEventLoopGroup eventLoops;

    private ProviderServer(Server server, NioEventLoopGroup eventLoops) {
        this.server = server;
        this.eventLoops = eventLoops;
    }

    /**
     * Starts serving on a free loopback port. The transport is plain NIO with one event-loop thread: netty's
     * native epoll transport would first extract and load a shared library, for no gain at a provider's traffic.
     */
    public static ProviderServer start(BindableService service) throws IOException {
        NioEventLoopGroup eventLoops = new NioEventLoopGroup(1, new DefaultThreadFactory("provider-grpc", true));
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .channelType(NioServerSocketChannel.class)
                .bossEventLoopGroup(eventLoops)
                .workerEventLoopGroup(eventLoops)
                .addService(service)
                .build()
                .start();
        return new ProviderServer(server, eventLoops);
    }

    public int port() {
        return server.getPort();
    }

    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    /** Stops taking calls, gives those in progress a moment to finish, then stops. */
    @Override
    public void close() {
        server.shutdown();
        try {
            if (!server.awaitTermination(2, TimeUnit.SECONDS)) {
                server.shutdownNow().awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        }
        eventLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
