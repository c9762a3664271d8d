package com.pulumi.wellarchitected.provider.grpc;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.BindableService;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.okhttp.OkHttpServerBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;

/**
 * The gRPC server the engine talks to, on a free loopback port.
 *
 * <p>The port is bound first, on its own, so that it can be printed while the server is still being built: the
 * engine's connection waits in the socket's backlog and is served as soon as the server starts, and the engine
 * dials while the provider finishes starting. The transport is gRPC's OkHttp server, which starts in about half
 * the time of the Netty one and is plenty for one engine connection.
 */
public final class ProviderServer implements AutoCloseable {

    private static final int BACKLOG = 50;

    private final BoundSocket socket;
    private Server server;

    private ProviderServer(BoundSocket socket) {
        this.socket = socket;
    }

    /**
     * Binds a free loopback port; nothing is served on it until {@link #serve}. Meanwhile protobuf's descriptors,
     * the largest part of a first request's cost, are initialised on another core.
     */
    public static ProviderServer bind() throws IOException {
        // -Dwellarchitected.provider.warmUp=false turns it off, for the start-up benchmark to measure it.
        if (Boolean.parseBoolean(System.getProperty("wellarchitected.provider.warmUp", "true"))) {
            Thread warmUp = new Thread(ProviderServer::initialiseProtobuf, "protobuf-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        BoundSocket socket = new BoundSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
        return new ProviderServer(socket);
    }

    /**
     * Struct, the map fields of the provider's messages and their descriptors are initialised on first use, and
     * that first use costs more than everything else in the first request; class initialisation is thread-safe, so
     * a request that needs them meanwhile waits for this thread instead of doing the work twice.
     */
    private static void initialiseProtobuf() {
        Struct.newBuilder().putFields("", Value.getDefaultInstance()).build();
        pulumirpc.Provider.getDescriptor();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Serves {@code service} on the bound port, connections made since {@link #bind} included. */
    public synchronized ProviderServer serve(BindableService service) throws IOException {
        server = OkHttpServerBuilder.forPort(socket.getLocalSocketAddress(), InsecureServerCredentials.create())
                .socketFactory(new ServerSocketFactory() {
                    @Override
                    public ServerSocket createServerSocket() {
                        return socket;
                    }

                    @Override
                    public ServerSocket createServerSocket(int port) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public ServerSocket createServerSocket(int port, int backlog) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
                        throw new UnsupportedOperationException();
                    }
                })
                .addService(service)
                .build()
                .start();
        return this;
    }

    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    /** Stops taking calls, gives those in progress a moment to finish, then stops. */
    @Override
    public synchronized void close() {
        if (server == null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a listening socket that nothing uses has nothing to report.
            }
            return;
        }
        server.shutdown();
        try {
            if (!server.awaitTermination(2, TimeUnit.SECONDS)) {
                server.shutdownNow().awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** A listening socket bound ahead of the server, which the server's own bind leaves as it is. */
    private static final class BoundSocket extends ServerSocket {
        BoundSocket() throws IOException {
        }

        @Override
        public void bind(SocketAddress endpoint, int backlog) throws IOException {
            if (!isBound()) {
                super.bind(endpoint, backlog);
            }
        }
    }
}
