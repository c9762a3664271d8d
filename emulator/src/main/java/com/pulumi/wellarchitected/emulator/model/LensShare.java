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
}
