package com.pulumi.wellarchitected.provider.lensshare;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Idempotency tokens for CreateLensShare and DeleteLensShare, derived so that one intended share always gets the
 * same token: a retry, or a re-run after a crash, gets the original share back instead of a second one.
 */
public final class ClientRequestToken {

    private ClientRequestToken() {}

    /**
     * The token of the share a resource declares. It depends only on the resource's URN and its normalised inputs,
     * never on anything drawn at random or kept in the stack, so the run after a crash sends the token of the
     * create the crashed run made and AWS answers with that run's share.
     */
    public static String forShare(String urn, LensArn lens, SharedWith sharedWith) {
        return derived("share\n" + urn + "\n" + lens + "\n" + sharedWith.value());
    }

    /** The token of the next generation, when {@code token} replayed a share that no longer exists. */
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
