package com.pulumi.wellarchitected.provider.grpc;

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

    /** Binds a free loopback port; nothing is served on it until {@link #serve}. */
    public static ProviderServer bind() throws IOException {
        BoundSocket socket = new BoundSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
        return new ProviderServer(socket);
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
                .executor(CallThreads.newExecutor("provider-grpc-call"))
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
        BoundSocket() throws IOException {}

        @Override
        public void bind(SocketAddress endpoint, int backlog) throws IOException {
            if (!isBound()) {
                super.bind(endpoint, backlog);
            }
        }
    }
}
