package com.pulumi.wellarchitected.emulator.model;

import com.pulumi.wellarchitected.emulator.errors.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Pages an ordered list by its items' sort keys; a NextToken names the last key served, so deletions never skip items. */
final class Paginator {
    private static final String PREFIX = "v1:";
    private static final Pattern KEY = Pattern.compile("[0-9A-Za-z-]{1,64}");

    private Paginator() {}

    /** Zero-padded so that string order is numeric order. */
    static String key(long sequence) {
        return String.format("%019d", sequence);
    }

    static <T, R> Page<R> page(
            List<T> ordered, Function<T, String> key, Function<T, R> view, int maxResults, String nextToken) {
        String after = nextToken == null ? null : decode(nextToken);
        List<R> items = new ArrayList<>();
        String lastKey = null;
        boolean more = false;
        for (T item : ordered) {
            String itemKey = key.apply(item);
            if (after != null && itemKey.compareTo(after) <= 0) {
                continue;
            }
            if (items.size() == maxResults) {
                more = true;
                break;
            }
            items.add(view.apply(item));
            lastKey = itemKey;
        }
        return new Page<>(items, more ? encode(lastKey) : null);
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)
                    && KEY.matcher(decoded.substring(PREFIX.length())).matches()) {
                return decoded.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // Not base64: reported as an invalid token below.
        }
        throw ValidationException.field("NextToken", "Invalid NextToken; pass the value a previous page returned");
    }
}
