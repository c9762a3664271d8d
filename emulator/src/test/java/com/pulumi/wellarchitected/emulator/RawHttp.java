package com.pulumi.wellarchitected.emulator;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Sends hand-written HTTP/1.1 bytes to the emulator, including requests no well-behaved client would send. */
final class RawHttp implements AutoCloseable {
    static final String SIGNED = "Authorization: AWS4-HMAC-SHA256 Credential=111122223333/20240101/us-east-1/"
            + "wellarchitected/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123\r\n";

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawHttp(EmulatorServer server) throws IOException {
        socket = new Socket(server.endpoint().getHost(), server.port());
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** A parsed response. */
    record Response(int status, Map<String, String> headers, String body) {
        JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String errorType() {
            return header("X-Amzn-ErrorType");
        }
    }

    /** A signed-looking request (the emulator without credentials checks only the scope) with a JSON body. */
    static String request(String method, String target, String body) {
        String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n" + SIGNED;
        if (body == null) {
            return head + "\r\n";
        }
        return head + "Content-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    Response exchange(String request) throws IOException {
        send(request.getBytes(StandardCharsets.ISO_8859_1));
        return read();
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    Response read() throws IOException {
        String statusLine = readLine();
        int status = Integer.parseInt(statusLine.split(" ", -1)[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        if (status == 100) {
            return new Response(status, headers, "");
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("connection closed by the emulator");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
