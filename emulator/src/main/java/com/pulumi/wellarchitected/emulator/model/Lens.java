package com.pulumi.wellarchitected.emulator.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** The content a reader sees by default: the latest published version, else the draft. */
    LensDocument currentDocument() {
        return latestVersion().map(PublishedVersion::document).orElse(draft);
    }
}
