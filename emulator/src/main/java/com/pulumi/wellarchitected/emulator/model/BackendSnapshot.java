package com.pulumi.wellarchitected.emulator.model;

import java.util.List;
import java.util.Map;

/** The emulator's whole state as plain data, for the state file; times are epoch milliseconds. */
public record BackendSnapshot(
        int formatVersion,
        long clockOffsetMillis,
        long nextSequence,
        List<LensRecord> lenses,
        List<SettingsRecord> globalSettings,
        List<TokenRecord> clientRequestTokens) {
    public static final int FORMAT_VERSION = 1;

    /** A custom lens with its draft (nullable), versions, tags and shares. */
    public record LensRecord(
            String accountId,
            String region,
            String id,
            long sequence,
            long createdAt,
            long updatedAt,
            LensDocument draft,
            List<VersionRecord> versions,
            Map<String, String> tags,
            List<ShareRecord> shares) {}

    public record VersionRecord(String version, boolean major, long createdAt, LensDocument document) {}

    /** A share with the status last set by an action (time-driven changes are derived again on load). */
    public record ShareRecord(
            String shareId,
            String sharedWith,
            long createdAt,
            long sequence,
            String invitationId,
            ShareStatus status,
            String statusMessage) {}

    public record SettingsRecord(
            String accountId, String region, String organizationSharingStatus, String discoveryIntegrationStatus) {}

    /** A remembered ClientRequestToken: who used it for what, with which parameters, what it produced, and when. */
    public record TokenRecord(
            String accountId,
            String region,
            String operation,
            String token,
            String fingerprint,
            String resultId,
            long usedAt) {}
}
