package com.pulumi.wellarchitected.emulator.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** A custom lens owned by one account in one Region, with its draft, its published versions, tags and shares. */
final class Lens {
    final String id;
    final AccountRegion owner;
    final Instant createdAt;
    final long sequence;
    Instant updatedAt;
    /** The unpublished content from the latest ImportLens, or null when everything is published. */
    LensDocument draft;

    final List<PublishedVersion> versions = new ArrayList<>();
    final Map<String, String> tags = new LinkedHashMap<>();
    final Map<String, LensShare> shares = new LinkedHashMap<>();
    /** The same shares by principal, so that a duplicate or a SharedWithPrefix is found without scanning them all. */
    final NavigableMap<String, List<LensShare>> sharesByPrincipal = new TreeMap<>();

    Lens(String id, AccountRegion owner, Instant createdAt, long sequence) {
        this.id = id;
        this.owner = owner;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.sequence = sequence;
    }

    static String arn(AccountRegion owner, String id) {
        return "arn:aws:wellarchitected:" + owner.region() + ":" + owner.accountId() + ":lens/" + id;
    }

    String arn() {
        return arn(owner, id);
    }

    boolean isPublished() {
        return !versions.isEmpty();
    }

    Optional<PublishedVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    Optional<PublishedVersion> version(String name) {
        return versions.stream().filter(v -> v.version().equals(name)).findFirst();
    }

    void addShare(LensShare share) {
        shares.put(share.shareId, share);
        sharesByPrincipal
                .computeIfAbsent(share.principal.value(), key -> new ArrayList<>(1))
                .add(share);
    }

    void removeShare(LensShare share) {
        shares.remove(share.shareId);
        List<LensShare> same = sharesByPrincipal.get(share.principal.value());
        if (same != null) {
            same.remove(share);
            if (same.isEmpty()) {
                sharesByPrincipal.remove(share.principal.value());
            }
        }
    }

    /** The shares whose principal starts with the prefix, in creation order. */
    List<LensShare> sharesWithPrefix(String prefix) {
        List<LensShare> matching = new ArrayList<>();
        // Every string with the prefix sorts between the prefix itself and the prefix followed by the highest char.
        sharesByPrincipal
                .subMap(prefix, true, prefix + Character.MAX_VALUE, false)
                .values()
                .forEach(matching::addAll);
        matching.sort(Comparator.comparingLong(share -> share.sequence));
        return matching;
    }

    /** The content a reader sees by default: the latest published version, else the draft. */
    LensDocument currentDocument() {
        return latestVersion().map(PublishedVersion::document).orElse(draft);
    }
}
