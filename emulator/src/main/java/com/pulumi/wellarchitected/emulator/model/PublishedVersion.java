package com.pulumi.wellarchitected.emulator.model;

import java.time.Instant;

/** One published version of a custom lens, frozen at CreateLensVersion. */
public record PublishedVersion(String version, boolean major, Instant createdAt, LensDocument document) {}
