package com.wellarchitectedlens.wellarchitected;

import com.pulumi.test.Mocks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the engine and the provider: answers each LensShare the way Well-Architected would (a share ID,
 * PENDING for accounts and IAM users, ASSOCIATED for organizations and OUs) and records every registration.
 */
final class LensShareMocks implements Mocks {

    final List<ResourceArgs> registered = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        registered.add(args);
        if (!args.type.equals("wellarchitected:index:LensShare")) {
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), args.inputs));
        }
        // LensShare.get sends only the ID; a new share sends its inputs.
        var lensAlias =
                args.id != null && !args.id.isEmpty() ? args.id.split("\\|", -1)[0] : (String) args.inputs.get("lensAlias");
        var shareId = args.id != null && !args.id.isEmpty() ? args.id.split("\\|", -1)[1] : shareIdFor(args.name);
        var sharedWith = (String) args.inputs.getOrDefault("sharedWith", "444455556666");
        var status = sharedWith.startsWith("o-") || sharedWith.startsWith("ou-") ? "ASSOCIATED" : "PENDING";
        var state = Map.<String, Object>of(
                "lensAlias", lensAlias,
                "sharedWith", sharedWith,
                "shareId", shareId,
                "status", status,
                "lensArn", lensAlias);
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(lensAlias + "|" + shareId), state));
    }

    ResourceArgs registration(String name) {
        return registered.stream()
                .filter(r -> r.name.equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no resource named " + name + " was registered"));
    }

    static String shareIdFor(String name) {
        try {
            var digest = MessageDigest.getInstance("MD5").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
