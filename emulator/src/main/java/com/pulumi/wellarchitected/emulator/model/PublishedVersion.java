package com.pulumi.wellarchitected.emulator.model;

import java.time.Instant;

/** One published version of a custom lens, frozen at CreateLensVersion. */
public record PublishedVersion(String version, boolean major, Instant createdAt, LensDocument document) {
    /** A version as the state file holds it; times are epoch milliseconds. */
    record Saved(String version, boolean major, long createdAt, LensDocument document) {}

    Saved saved() {
        return new Saved(version, major, createdAt.toEpochMilli(), document);
    }

    static PublishedVersion restore(Saved saved) {
        return new PublishedVersion(
                StateSnapshots.required(saved.version(), "version"),
                saved.major(),
                Instant.ofEpochMilli(saved.createdAt()),
                StateSnapshots.required(saved.document(), "version document"));
    }
}
