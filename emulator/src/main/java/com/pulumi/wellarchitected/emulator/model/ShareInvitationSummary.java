package com.pulumi.wellarchitected.emulator.model;

/** What ListShareInvitations tells a recipient about one pending lens invitation. */
public record ShareInvitationSummary(
        String shareInvitationId, String sharedBy, String sharedWith, String lensName, String lensArn) {}
