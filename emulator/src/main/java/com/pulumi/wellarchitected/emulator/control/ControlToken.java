package com.pulumi.wellarchitected.emulator.control;

import com.pulumi.wellarchitected.emulator.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The secret a control API request must carry as {@code Authorization: Bearer <token>} when one is configured; the
 * control API can wipe and rewrite all state, so beyond loopback it is never left open.
 */
public final class ControlToken {
    private static final String SCHEME = "Bearer ";

    private final byte[] expected;

    public ControlToken(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the control token must not be empty");
        }
        this.expected = token.getBytes(StandardCharsets.UTF_8);
    }

    /** What a request proves about itself: no token at all, a wrong one, or the right one. */
    enum Check {
        MISSING,
        WRONG,
        ACCEPTED
    }

    Check check(HttpRequest request) {
        List<String> values = request.headers().getOrDefault("Authorization", List.of());
        if (values.isEmpty()) {
            return Check.MISSING;
        }
        String value = values.get(0);
        if (values.size() != 1 || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Check.WRONG;
        }
        byte[] given = value.substring(SCHEME.length()).getBytes(StandardCharsets.UTF_8);
        // Constant-time, so response timing does not reveal how much of a guess was right.
        return MessageDigest.isEqual(given, expected) ? Check.ACCEPTED : Check.WRONG;
    }

    @Override
    public String toString() {
        return "ControlToken[redacted]";
    }
}
