package com.pulumi.wellarchitected.emulator.model;

import java.time.Instant;

/** One share of a custom lens with one principal; its status moves as the recipient, the clock and the owner act. */
final class LensShare {
    final String shareId;
    final Lens lens;
    final SharePrincipal principal;
    final Instant createdAt;
    final long sequence;
    /** Only account and IAM user shares have an invitation; null for organization and OU shares. */
    final String invitationId;
    /** The status last set by an action; time-driven changes are derived from it on read. */
    ShareStatus recordedStatus;

    String recordedStatusMessage;

    /**
     * A share as the state file holds it, with the status last set by an action (time-driven changes are derived again
     * on load); times are epoch milliseconds. A new field of a share goes here, in {@code saved()} and {@code restore()},
     * and, if the control API or a List operation should show it, in {@code View} or {@code summary()}: all in this
     * file (the AWS wire shape of a summary is in the wire package, since AWS fixes it).
     */
    record Saved(
            String shareId,
            String sharedWith,
            long createdAt,
            long sequence,
            String invitationId,
            ShareStatus status,
            String statusMessage) {}

    /** A share as the control API's state dump shows it: flat, with its status evaluated at the dump's time. */
    record View(
            String accountId,
            String region,
            String lensArn,
            String shareId,
            String sharedWith,
            ShareStatus status,
            String statusMessage,
            Instant createdAt,
            String shareInvitationId) {}

    LensShare(
            String shareId,
            Lens lens,
            SharePrincipal principal,
            Instant createdAt,
            long sequence,
            String invitationId,
            ShareStatus recordedStatus,
            String recordedStatusMessage) {
        this.shareId = shareId;
        this.lens = lens;
        this.principal = principal;
        this.createdAt = createdAt;
        this.sequence = sequence;
        this.invitationId = invitationId;
        this.recordedStatus = recordedStatus;
        this.recordedStatusMessage = recordedStatusMessage;
    }

    ShareStatus status(Instant now) {
        return UndocumentedBehaviour.effectiveStatus(recordedStatus, createdAt, now);
    }

    String statusMessage(Instant now) {
        return UndocumentedBehaviour.effectiveStatusMessage(recordedStatus, recordedStatusMessage, createdAt, now);
    }

    Saved saved() {
        return new Saved(
                shareId,
                principal.value(),
                createdAt.toEpochMilli(),
                sequence,
                invitationId,
                recordedStatus,
                recordedStatusMessage);
    }

    static LensShare restore(Saved saved, Lens lens) {
        SharePrincipal principal = SharePrincipal.parse(StateSnapshots.required(saved.sharedWith(), "sharedWith"))
                .orElseThrow(() -> new IllegalArgumentException("invalid sharedWith " + saved.sharedWith()));
        return new LensShare(
                StateSnapshots.required(saved.shareId(), "shareId"),
                lens,
                principal,
                Instant.ofEpochMilli(saved.createdAt()),
                saved.sequence(),
                saved.invitationId(),
                StateSnapshots.required(saved.status(), "share status"),
                saved.statusMessage());
    }

    View view(Instant now) {
        return new View(
                lens.owner.accountId(),
                lens.owner.region(),
                lens.arn(),
                shareId,
                principal.value(),
                status(now),
                statusMessage(now),
                createdAt,
                invitationId);
    }

    /** What the owner's ListLensShares tells about this share. */
    LensShareSummary summary(Instant now) {
        return new LensShareSummary(shareId, principal.value(), status(now), statusMessage(now));
    }

    /** What the recipient's ListShareInvitations tells about this share's invitation. */
    ShareInvitationSummary invitationSummary() {
        return new ShareInvitationSummary(
                invitationId, lens.owner.accountId(), principal.value(), ModelState.lensName(lens), lens.arn());
    }
}
