package com.pulumi.wellarchitected.emulator.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads HTTP/1.1 requests from one connection with strict limits, so that hostile input is refused with an answer
 * instead of being buffered without bound or failing somewhere deeper.
 */
final class RequestReader {
    /** Bodies above this are refused unread: the largest valid input (a 500,000-character lens) fits well below. */
    static final int MAX_BODY_BYTES = 1_048_576;

    static final int MAX_REQUEST_LINE = 32_768;
    static final int MAX_HEADER_LINE = 16_384;
    static final int MAX_HEADER_BYTES = 65_536;
    static final int MAX_HEADERS = 100;
    private static final int MAX_CHUNK_LINE = 1024;

    /** The request line and headers of one request. */
    record Head(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, boolean http11) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
        }

        boolean keepAlive() {
            String connection = header("Connection");
            String token = connection == null ? "" : connection.toLowerCase(Locale.ROOT);
            return http11 ? !token.contains("close") : token.contains("keep-alive");
        }

        boolean expectsContinue() {
            String expect = header("Expect");
            return expect != null && expect.equalsIgnoreCase("100-continue");
        }
    }

    /** The bytes received are not a request this server will read; the message says why. */
    static final class MalformedRequestException extends Exception {
        MalformedRequestException(String message) {
            super(message, null, false, false);
        }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[16_384];
    private int position;
    private int limit;

    RequestReader(InputStream in) {
        this.in = in;
    }

    /** The next request's head, or null when the client closed the connection between requests. */
    Head readHead() throws IOException, MalformedRequestException {
        String requestLine;
        do {
            requestLine = readLine(MAX_REQUEST_LINE, "request line");
            if (requestLine == null) {
                return null;
            }
        } while (requestLine.isEmpty());
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
            throw new MalformedRequestException("Malformed HTTP request line");
        }
        boolean http11 = parts[2].equals("HTTP/1.1");
        if (!http11 && !parts[2].equals("HTTP/1.0")) {
            throw new MalformedRequestException("Unsupported HTTP version");
        }
        String target = originForm(parts[1]);
        int query = target.indexOf('?');
        String rawPath = query < 0 ? target : target.substring(0, query);
        String rawQuery = query < 0 ? null : target.substring(query + 1);
        return new Head(parts[0], rawPath, rawQuery, readHeaders(), http11);
    }

    /** The body the head announces, by Content-Length or chunked transfer coding. */
    byte[] readBody(Head head) throws IOException, MalformedRequestException {
        String transferEncoding = head.header("Transfer-Encoding");
        if (transferEncoding != null) {
            if (!transferEncoding.strip().equalsIgnoreCase("chunked")) {
                throw new MalformedRequestException("Unsupported Transfer-Encoding");
            }
            return readChunked();
        }
        long length = contentLength(head);
        if (length > MAX_BODY_BYTES) {
            throw new MalformedRequestException("Request body exceeds " + MAX_BODY_BYTES + " bytes");
        }
        return readFully((int) length);
    }

    /** Whether a body follows the head, so that a client waiting on "Expect: 100-continue" must be told to send it. */
    static boolean hasBody(Head head) throws MalformedRequestException {
        return head.header("Transfer-Encoding") != null || contentLength(head) > 0;
    }

    private static long contentLength(Head head) throws MalformedRequestException {
        List<String> values = head.headers().get("Content-Length");
        if (values == null || values.isEmpty()) {
            return 0;
        }
        String first = values.get(0).strip();
        for (String value : values) {
            if (!value.strip().equals(first)) {
                throw new MalformedRequestException("Conflicting Content-Length headers");
            }
        }
        if (first.isEmpty() || first.length() > 18 || !first.chars().allMatch(Character::isDigit)) {
            throw new MalformedRequestException("Content-Length is not a number");
        }
        return Long.parseLong(first);
    }

    private static String originForm(String target) throws MalformedRequestException {
        if (target.startsWith("/")) {
            return target;
        }
        String lower = target.toLowerCase(Locale.ROOT);
        for (String scheme : new String[] {"http://", "https://"}) {
            if (lower.startsWith(scheme)) {
                int path = target.indexOf('/', scheme.length());
                int query = target.indexOf('?', scheme.length());
                if (path < 0 || (query >= 0 && query < path)) {
                    return "/" + (query < 0 ? "" : target.substring(query));
                }
                return target.substring(path);
            }
        }
        throw new MalformedRequestException("Malformed request target");
    }

    private Map<String, List<String>> readHeaders() throws IOException, MalformedRequestException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int count = 0;
        int bytes = 0;
        while (true) {
            String line = readLine(MAX_HEADER_LINE, "header line");
            if (line == null) {
                throw new EOFException("connection closed inside the request head");
            }
            if (line.isEmpty()) {
                return headers;
            }
            bytes += line.length();
            if (++count > MAX_HEADERS || bytes > MAX_HEADER_BYTES) {
                throw new MalformedRequestException("Too many or too large request headers");
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.substring(0, colon))) {
                throw new MalformedRequestException("Malformed request header");
            }
            headers.computeIfAbsent(line.substring(0, colon), key -> new ArrayList<>(1))
                    .add(line.substring(colon + 1).strip());
        }
    }

    private byte[] readChunked() throws IOException, MalformedRequestException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String line = readLine(MAX_CHUNK_LINE, "chunk size line");
            if (line == null) {
                throw new EOFException("connection closed inside a chunked body");
            }
            int extension = line.indexOf(';');
            String size = (extension < 0 ? line : line.substring(0, extension)).strip();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                throw new MalformedRequestException("Malformed chunk size");
            }
            if (length < 0 || body.size() + (long) length > MAX_BODY_BYTES) {
                throw new MalformedRequestException("Request body exceeds " + MAX_BODY_BYTES + " bytes");
            }
            if (length == 0) {
                while (true) {
                    String trailer = readLine(MAX_HEADER_LINE, "trailer line");
                    if (trailer == null || trailer.isEmpty()) {
                        return body.toByteArray();
                    }
                }
            }
            body.write(readFully(length));
            String end = readLine(MAX_CHUNK_LINE, "chunk end");
            if (end == null || !end.isEmpty()) {
                throw new MalformedRequestException("Malformed chunked body");
            }
        }
    }

    private byte[] readFully(int length) throws IOException {
        byte[] bytes = new byte[length];
        int filled = 0;
        while (filled < length) {
            if (position == limit && !fill()) {
                throw new EOFException("connection closed inside the request body");
            }
            int n = Math.min(length - filled, limit - position);
            System.arraycopy(buffer, position, bytes, filled, n);
            position += n;
            filled += n;
        }
        return bytes;
    }

    /** A line without its CRLF (a bare LF is accepted), or null at end of stream before any byte of it. */
    private String readLine(int max, String what) throws IOException, MalformedRequestException {
        ByteArrayOutputStream spill = null;
        while (true) {
            if (position == limit && !fill()) {
                if (spill == null) {
                    return null;
                }
                throw new EOFException("connection closed inside a " + what);
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int length = position - start + (spill == null ? 0 : spill.size());
            if (length > max) {
                throw new MalformedRequestException("HTTP " + what + " exceeds " + max + " bytes");
            }
            if (position < limit) {
                byte[] line;
                if (spill == null) {
                    line = null;
                } else {
                    spill.write(buffer, start, position - start);
                    line = spill.toByteArray();
                }
                position++;
                String text = line == null
                        ? new String(buffer, start, position - 1 - start, StandardCharsets.ISO_8859_1)
                        : new String(line, StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            if (spill == null) {
                spill = new ByteArrayOutputStream();
            }
            spill.write(buffer, start, position - start);
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean tchar = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!tchar) {
                return false;
            }
        }
        return true;
    }
}
