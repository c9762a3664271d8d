package com.pulumi.wellarchitected.provider.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A loopback TCP relay in front of the emulator that a test can watch and disturb: it notes when the first request
 * bytes pass, so that a test can wait until a call has reached the emulator instead of sleeping and hoping it has,
 * and it can lose a response on its way back, as a dropped connection does after AWS has acted.
 */
final class EmulatorRelay implements AutoCloseable {

    private final ServerSocket server;
    private final URI target;
    private final CountDownLatch requestSent = new CountDownLatch(1);
    private final AtomicBoolean loseNextResponse = new AtomicBoolean();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    EmulatorRelay(URI target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "emulator-relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Waits until a client has sent request bytes on to the emulator; fails the test if none does in time. */
    void awaitRequest(Duration timeout) throws InterruptedException {
        if (!requestSent.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no request reached the emulator through " + uri() + " within " + timeout);
        }
    }

    /** The next response the emulator sends is not passed on: the client's connection is closed instead. */
    void loseNextResponse() {
        loseNextResponse.set(true);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target.getPort());
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream, true);
                pump(upstream, client, false);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean request) {
        Thread pump = new Thread(
                () -> {
                    byte[] buffer = new byte[8192];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int read = in.read(buffer);
                        while (read >= 0) {
                            if (!request && loseNextResponse.compareAndSet(true, false)) {
                                to.close();
                                from.close();
                                return;
                            }
                            out.write(buffer, 0, read);
                            out.flush();
                            if (request) {
                                requestSent.countDown();
                            }
                            read = in.read(buffer);
                        }
                    } catch (IOException e) {
                        // The other side closed the connection: the relay of this connection ends with it.
                    }
                },
                "emulator-relay-pump");
        pump.setDaemon(true);
        pump.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
