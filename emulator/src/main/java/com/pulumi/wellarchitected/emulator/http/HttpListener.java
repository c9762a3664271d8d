package com.pulumi.wellarchitected.emulator.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;

/**
 * A small HTTP/1.1 server with one thread per connection and blocking I/O. Compared with the JDK's built-in server it
 * answers with one write per response on a TCP_NODELAY socket, hands no request between threads, and lets every
 * malformed request line reach the emulator so that it gets an AWS-shaped error.
 */
public final class HttpListener implements AutoCloseable {
    /** More than the SDK's own idle limit (60 s), so the server never closes a connection a client is about to reuse. */
    private static final int IDLE_TIMEOUT_MS = 120_000;

    private static final int MAX_CONNECTIONS = 512;
    private static final int BACKLOG = 1024;
    private static final int LINGER_MS = 1000;
    private static final int LINGER_BYTES = 4 * RequestReader.MAX_BODY_BYTES;
    /** Bounds of the pause after a failed accept: short enough to recover quickly, long enough not to spin. */
    private static final long MIN_ACCEPT_BACKOFF_MS = 5;

    private static final long MAX_ACCEPT_BACKOFF_MS = 500;
    private static final Logger LOG = Logger.getLogger(HttpListener.class.getName());
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket serverSocket;
    private final HttpService service;
    private final ThreadPoolExecutor connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    private HttpListener(ServerSocket serverSocket, HttpService service) {
        this.serverSocket = serverSocket;
        this.service = service;
        AtomicInteger count = new AtomicInteger();
        this.connections = new ThreadPoolExecutor(
                0,
                MAX_CONNECTIONS,
                60,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                runnable -> daemon(runnable, "emulator-connection-" + count.incrementAndGet()));
        this.acceptor = daemon(this::acceptLoop, "emulator-acceptor");
    }

    /** Binds the address (port 0 picks a free port) and starts accepting connections. */
    public static HttpListener start(InetSocketAddress address, HttpService service) throws IOException {
        loadLazyJdkState();
        ServerSocket serverSocket = new ServerSocket();
        try {
            serverSocket.setReuseAddress(true);
            serverSocket.bind(address, BACKLOG);
        } catch (IOException e) {
            serverSocket.close();
            throw new IOException(
                    "cannot listen on " + address.getHostString() + ":" + address.getPort() + ": " + e.getMessage(), e);
        }
        HttpListener listener = new HttpListener(serverSocket, service);
        listener.acceptor.start();
        return listener;
    }

    /**
     * The JDK loads some of its own state from files the first time it is needed: the native set-up behind closing a
     * socket, and the time-zone data the log formatter reads. Out of file descriptors that first load fails, and the
     * socket class then fails for good (no connection could ever be closed again), so both load here, while
     * descriptors are plentiful.
     */
    private static void loadLazyJdkState() throws IOException {
        try (Socket probe = new Socket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        }
        var unused = ZonedDateTime.now(ZoneId.systemDefault());
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** Stops accepting, closes every open connection, and releases the port. */
    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // Closing is best effort; the socket is unusable either way.
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        connections.shutdownNow();
        LockSupport.unpark(acceptor);
        try {
            acceptor.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        long backoffMillis = 0;
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                // Out of file descriptors (EMFILE/ENFILE) the pending connection stays queued and accept fails again
                // at once: retrying without a pause would spin a core until connections close. Back off instead.
                if (backoffMillis == 0) {
                    LOG.warning("cannot accept connections (" + e.getMessage() + "); retrying with back-off");
                }
                backoffMillis = Math.min(MAX_ACCEPT_BACKOFF_MS, Math.max(MIN_ACCEPT_BACKOFF_MS, backoffMillis * 2));
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(backoffMillis));
                continue;
            }
            if (backoffMillis != 0) {
                LOG.info("accepting connections again");
                backoffMillis = 0;
            }
            open.add(socket);
            try {
                connections.execute(() -> serve(socket));
            } catch (RejectedExecutionException e) {
                refuse(socket);
            }
        }
    }

    private void serve(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(IDLE_TIMEOUT_MS);
            RequestReader reader = new RequestReader(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (!closed) {
                RequestReader.Head head;
                byte[] body;
                try {
                    head = reader.readHead();
                    if (head == null) {
                        return;
                    }
                    if (head.expectsContinue() && RequestReader.hasBody(head)) {
                        out.write(CONTINUE);
                        out.flush();
                    }
                    body = reader.readBody(head);
                } catch (RequestReader.MalformedRequestException e) {
                    write(out, service.malformed(e.getMessage()), false, false);
                    lingeringClose(socket);
                    return;
                }
                boolean keepAlive = head.keepAlive();
                HttpResponse response = service.handle(
                        new HttpRequest(head.method(), head.rawPath(), head.rawQuery(), head.headers(), body));
                write(out, response, keepAlive, head.method().equals("HEAD"));
                if (!keepAlive) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client went away, or stayed idle past the timeout: nothing to answer.
        } finally {
            open.remove(socket);
            closeQuietly(socket);
        }
    }

    /** Over the connection limit: a 503 the SDKs retry, then close. */
    private void refuse(Socket socket) {
        try {
            write(socket.getOutputStream(), service.overloaded(), false, false);
        } catch (IOException ignored) {
            // The connection is being refused anyway.
        } finally {
            open.remove(socket);
            closeQuietly(socket);
        }
    }

    private static void write(OutputStream out, HttpResponse response, boolean keepAlive, boolean headOnly)
            throws IOException {
        byte[] body = response.json() == null ? new byte[0] : response.json().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256)
                .append("HTTP/1.1 ")
                .append(response.status())
                .append(' ')
                .append(reason(response.status()))
                .append("\r\n");
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        if (response.json() != null) {
            head.append("Content-Type: application/json\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n");
        if (!keepAlive) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] message = new byte[headBytes.length + (headOnly ? 0 : body.length)];
        System.arraycopy(headBytes, 0, message, 0, headBytes.length);
        if (!headOnly) {
            System.arraycopy(body, 0, message, headBytes.length, body.length);
        }
        out.write(message);
        out.flush();
    }

    /**
     * Closes after an error answered before the body was read: reading what the client still sends for a moment
     * keeps the kernel from resetting the connection and discarding the answer before the client reads it.
     */
    private static void lingeringClose(Socket socket) {
        try {
            socket.shutdownOutput();
            socket.setSoTimeout(LINGER_MS);
            InputStream in = socket.getInputStream();
            byte[] discard = new byte[16_384];
            long deadline = System.currentTimeMillis() + LINGER_MS;
            int total = 0;
            int n;
            while (total < LINGER_BYTES && System.currentTimeMillis() < deadline && (n = in.read(discard)) > 0) {
                total += n;
            }
        } catch (IOException ignored) {
            // The client closed first or timed out: either way the answer has been sent.
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed or broken: nothing left to release.
        }
    }
}
