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

    /**
     * A lens as the state file holds it, with its versions and shares; times are epoch milliseconds. A new field of a
     * lens goes here, in {@code saved()} and {@code restore()}, and, if the control API should show it, in {@code View}.
     */
    record Saved(
            String accountId,
            String region,
            String id,
            long sequence,
            long createdAt,
            long updatedAt,
            LensDocument draft,
            List<PublishedVersion.Saved> versions,
            Map<String, String> tags,
            List<LensShare.Saved> shares) {}

    /** A lens as the control API's state dump shows it; status is DRAFT until a version is published. */
    record View(
            String accountId, String region, String lensArn, String name, String status, Map<String, String> tags) {}

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

    Saved saved() {
        return new Saved(
                owner.accountId(),
                owner.region(),
                id,
                sequence,
                createdAt.toEpochMilli(),
                updatedAt.toEpochMilli(),
                draft,
                versions.stream().map(PublishedVersion::saved).toList(),
                new LinkedHashMap<>(tags),
                shares.values().stream().map(LensShare::saved).toList());
    }

    /** The lens without its shares, which the caller indexes across lenses in creation order. */
    static Lens restore(Saved saved) {
        AccountRegion owner = new AccountRegion(
                StateSnapshots.required(saved.accountId(), "lens accountId"),
                StateSnapshots.required(saved.region(), "lens region"));
        Lens lens = new Lens(
                StateSnapshots.required(saved.id(), "lens id"),
                owner,
                Instant.ofEpochMilli(saved.createdAt()),
                saved.sequence());
        lens.updatedAt = Instant.ofEpochMilli(saved.updatedAt());
        lens.draft = saved.draft();
        StateSnapshots.required(saved.versions(), "lens versions").stream()
                .map(PublishedVersion::restore)
                .forEach(lens.versions::add);
        if (lens.draft == null && lens.versions.isEmpty()) {
            throw new IllegalArgumentException("lens " + lens.id + " has neither a draft nor a version");
        }
        lens.tags.putAll(StateSnapshots.required(saved.tags(), "lens tags"));
        return lens;
    }

    View view() {
        return new View(
                owner.accountId(),
                owner.region(),
                arn(),
                currentDocument().name(),
                isPublished() ? "PUBLISHED" : "DRAFT",
                Map.copyOf(tags));
    }
}
