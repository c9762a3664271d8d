package com.pulumi.wellarchitected.emulator.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything the emulator holds, flattened for the control API's state dump. */
public record StateView(
        Instant now, List<LensEntry> lenses, List<ShareEntry> shares, List<SettingsEntry> globalSettings) {
    /** One custom lens; status is DRAFT until a version is published, then PUBLISHED. */
    public record LensEntry(
            String accountId, String region, String lensArn, String name, String status, Map<String, String> tags) {}

    /** One share as its owner sees it, with its status evaluated at {@code now}. */
    public record ShareEntry(
            String accountId,
            String region,
            String lensArn,
            String shareId,
            String sharedWith,
            ShareStatus status,
            String statusMessage,
            Instant createdAt,
            String shareInvitationId) {}

    /** One account's settings in one Region, for those that changed them. */
    public record SettingsEntry(String accountId, String region, String organizationSharingStatus) {}
}
