package com.pulumi.wellarchitected.emulator.model;

import java.time.Instant;

/** What ListLenses tells about one lens; absent members are null. */
public record LensSummary(
        String lensArn,
        String lensAlias,
        String lensName,
        LensType lensType,
        String description,
        Instant createdAt,
        Instant updatedAt,
        String lensVersion,
        String owner,
        String lensStatus) {}
