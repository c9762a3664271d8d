package com.pulumi.wellarchitected.emulator.auth;

import com.pulumi.wellarchitected.emulator.wire.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the SigV4 signature a request should carry, from the request exactly as received. The SDK's own signer
 * cannot do this: it always adds x-amz-content-sha256 to the signed headers, while other clients (botocore and the
 * AWS CLI) sign only what they send; the tests check this class against the SDK signer as an oracle.
 */
final class SigV4Signature {
    static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    private static final HexFormat HEX = HexFormat.of();

    private SigV4Signature() {}

    /** The hex signature for a request signed at amzDate with the given scope, signed headers and secret. */
    static String compute(SignedRequest request, AuthorizationHeader header, String amzDate, String secretKey) {
        String canonicalRequest = request.method() + "\n"
                + canonicalUri(request.rawPath()) + "\n"
                + canonicalQuery(request.rawQuery()) + "\n"
                + canonicalHeaders(request, header.signedHeaders()) + "\n"
                + String.join(";", header.signedHeaders()) + "\n"
                + payloadHash(request);
        String scope = header.date() + "/" + header.region() + "/" + header.service() + "/aws4_request";
        String stringToSign = AuthorizationHeader.ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
                + HEX.formatHex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), header.date());
        key = hmac(key, header.region());
        key = hmac(key, header.service());
        key = hmac(key, "aws4_request");
        return HEX.formatHex(hmac(key, stringToSign));
    }

    /** The payload hash the client declared, or the hash of the body; a declared hash is checked against the body. */
    static String payloadHash(SignedRequest request) {
        String actual = HEX.formatHex(sha256(request.body()));
        String declared = request.header("x-amz-content-sha256");
        if (declared == null) {
            return actual;
        }
        return declared.equals(UNSIGNED_PAYLOAD) || declared.equalsIgnoreCase(actual) ? declared : actual;
    }

    /** Non-S3 services sign the path normalised and encoded a second time, as every AWS SDK sends it. */
    private static String canonicalUri(String rawPath) {
        String normalized = removeDotSegments(rawPath.isEmpty() ? "/" : rawPath);
        StringBuilder uri = new StringBuilder(normalized.length() + 16);
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '/') {
                uri.append('/');
            } else {
                encode(uri, String.valueOf(c));
            }
        }
        return uri.toString();
    }

    private static String removeDotSegments(String path) {
        if (!path.contains("/.")) {
            return path;
        }
        Deque<String> kept = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals("..")) {
                kept.pollLast();
            } else if (!segment.equals(".")) {
                kept.addLast(segment);
            }
        }
        String last = segments[segments.length - 1];
        String joined = "/" + String.join("/", kept);
        return (last.equals(".") || last.equals("..")) && !joined.endsWith("/") ? joined + "/" : joined;
    }

    private static String canonicalQuery(String rawQuery) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter :
                QueryParameters.parse(rawQuery).entrySet()) {
            for (String value : parameter.getValue()) {
                StringBuilder pair = new StringBuilder();
                encode(pair, parameter.getKey());
                pair.append('=');
                encode(pair, value);
                pairs.add(pair.toString());
            }
        }
        pairs.sort(null);
        return String.join("&", pairs);
    }

    private static String canonicalHeaders(SignedRequest request, List<String> signedHeaders) {
        StringBuilder headers = new StringBuilder();
        for (String name : signedHeaders) {
            List<String> values = new ArrayList<>();
            for (String value : request.headerValues(name)) {
                values.add(value.strip().replaceAll("\\s+", " "));
            }
            headers.append(name).append(':').append(String.join(",", values)).append('\n');
        }
        return headers.toString();
    }

    /** RFC 3986 encoding of everything but the unreserved characters, over the UTF-8 bytes. */
    private static void encode(StringBuilder out, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~';
            if (unreserved) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
