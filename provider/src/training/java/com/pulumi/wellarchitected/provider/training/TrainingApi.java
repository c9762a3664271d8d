package com.pulumi.wellarchitected.provider.training;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The lens-share API as the training run needs it: answers CreateLensShare, ListLensShares and DeleteLensShare on
 * loopback with one fixed share, over HTTP/1.1 with keep-alive, so that the provider's AWS path (the SDK's request
 * pipeline, signing, its HTTP client, the rate limiter, the JSON answers) runs in training. It checks nothing: the
 * provider's behaviour is tested against the emulator, this only makes the cache cover that path.
 */
final class TrainingApi implements AutoCloseable {

    static final String SHARE_ID = "0123456789abcdef0123456789abcdef";

    private final ServerSocket socket;
    private final String sharedWith;

    private TrainingApi(ServerSocket socket, String sharedWith) {
        this.socket = socket;
        this.sharedWith = sharedWith;
    }

    /** Starts answering on a free loopback port; the share it lists is shared with {@code sharedWith}. */
    static TrainingApi start(String sharedWith) throws IOException {
        TrainingApi api = new TrainingApi(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), sharedWith);
        Thread acceptor = new Thread(api::accept, "training-api");
        acceptor.setDaemon(true);
        acceptor.start();
        return api;
    }

    String endpoint() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread handler = new Thread(() -> serve(connection), "training-api-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            while (true) {
                String requestLine = line(in);
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                long length = 0;
                for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                    if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Long.parseLong(
                                header.substring("content-length:".length()).trim());
                    }
                }
                in.skipNBytes(length);
                byte[] body = answer(requestLine).getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-amzn-RequestId: training\r\n"
                                + "Content-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException ended) {
            // The provider closed its connection: nothing more to answer on it.
        }
    }

    private String answer(String requestLine) {
        if (requestLine.startsWith("POST ")) {
            return "{\"ShareId\":\"" + SHARE_ID + "\"}";
        }
        if (requestLine.startsWith("GET ")) {
            return "{\"LensShareSummaries\":[{\"ShareId\":\"" + SHARE_ID + "\",\"SharedWith\":\"" + sharedWith
                    + "\",\"Status\":\"PENDING\"}]}";
        }
        return "{}";
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.isEmpty() ? null : line.toString();
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
