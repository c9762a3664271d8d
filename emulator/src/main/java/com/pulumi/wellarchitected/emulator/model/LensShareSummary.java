package com.pulumi.wellarchitected.emulator.model;

/** What ListLensShares tells about one share. */
public record LensShareSummary(String shareId, String sharedWith, ShareStatus status, String statusMessage) {}
