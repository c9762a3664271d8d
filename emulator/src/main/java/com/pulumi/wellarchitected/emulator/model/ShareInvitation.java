package com.pulumi.wellarchitected.emulator.model;

/** What UpdateShareInvitation returns about the answered lens invitation. */
public record ShareInvitation(String shareInvitationId, String lensAlias, String lensArn) {}
