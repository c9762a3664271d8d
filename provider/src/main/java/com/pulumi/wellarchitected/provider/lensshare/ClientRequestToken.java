package com.pulumi.wellarchitected.provider.lensshare;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Idempotency tokens for CreateLensShare and DeleteLensShare, derived so that one intended share always gets the
 * same token: a retry or a re-run after a lost response gets the original share back instead of a second one.
 */
public final class ClientRequestToken {

    private ClientRequestToken() {}

    /** The token of a new share, derived from the engine's random seed for this registration. */
    public static String fromSeed(byte[] randomSeed) {
        return randomSeed.length == 0
                ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(randomSeed).toString();
    }

    /** The token to use when {@code token} replayed a share that no longer exists. */
    public static String next(String token) {
        return derived("next:" + token);
    }

    /** The token of the deletion of a share: the same for every attempt to delete it. */
    public static String forDelete(LensShareId id) {
        return derived("delete:" + id);
    }

    private static String derived(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
