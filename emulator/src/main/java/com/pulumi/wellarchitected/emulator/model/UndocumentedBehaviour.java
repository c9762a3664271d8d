package com.pulumi.wellarchitected.emulator.model;

import com.pulumi.wellarchitected.emulator.errors.AccessDeniedException;
import com.pulumi.wellarchitected.emulator.errors.ConflictException;
import com.pulumi.wellarchitected.emulator.errors.ServiceException;
import com.pulumi.wellarchitected.emulator.errors.ValidationException;
import java.time.Duration;
import java.time.Instant;

/**
 * Every choice the emulator makes where AWS does not document the behaviour, in one place; emulator/README.md
 * ("Behaviour where AWS is silent") describes each of them.
 */
public final class UndocumentedBehaviour {
    /** An unanswered invitation expires after 7 days (documented), measured in emulator time. */
    public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    /** An organization or OU share moves from ASSOCIATING to ASSOCIATED once this much emulator time has passed. */
    public static final Duration ASSOCIATION_DELAY = Duration.ofSeconds(5);
    /**
     * How long a ClientRequestToken is remembered after its use, in emulator time. Well-Architected does not say;
     * eight hours is the window most AWS services that document one give (Verified Permissions, Directory Service
     * Data, Lookout for Vision, Backup search), long enough for any retry and bounded so tokens do not pile up.
     */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    /** Page size of the List operations when MaxResults is not given: small, so clients exercise paging. */
    public static final int DEFAULT_PAGE_SIZE = 10;
    /** How far a request's X-Amz-Date may be from real time when signatures are verified. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);
    /**
     * AWS lists a new share, invitation or lens only after a lag it does not document. By default the emulator lists
     * them at once; a listing delay (a fault setting) holds back from ListLensShares, ListShareInvitations and
     * ListLenses every item created less than that long ago on the emulator's clock (a lens shared with the caller
     * counts from the lens's creation). Every other operation, and a status change of an item, is seen at once.
     */
    public static final ListingDelays DEFAULT_LISTING_DELAYS = ListingDelays.NONE;
    /** The version name CreateLensVersion gives lenses seeded as published through the control API. */
    public static final String SEEDED_VERSION = "1.0";

    public static final String EXPIRED_MESSAGE = "The share invitation was not answered within 7 days.";
    public static final String REVOKED_MESSAGE = "Organization sharing was disabled for the lens owner's account.";

    private UndocumentedBehaviour() {}

    /** Time-driven transitions are derived on every read from the clock, so advancing the clock is enough. */
    static ShareStatus effectiveStatus(ShareStatus recorded, Instant createdAt, Instant now) {
        long ageMillis = now.toEpochMilli() - createdAt.toEpochMilli();
        if (recorded == ShareStatus.PENDING && ageMillis >= INVITATION_LIFETIME.toMillis()) {
            return ShareStatus.EXPIRED;
        }
        if (recorded == ShareStatus.ASSOCIATING && ageMillis >= ASSOCIATION_DELAY.toMillis()) {
            return ShareStatus.ASSOCIATED;
        }
        return recorded;
    }

    static String effectiveStatusMessage(ShareStatus recorded, String recordedMessage, Instant createdAt, Instant now) {
        if (effectiveStatus(recorded, createdAt, now) == ShareStatus.EXPIRED && recorded != ShareStatus.EXPIRED) {
            return EXPIRED_MESSAGE;
        }
        return recordedMessage;
    }

    /** Only live shares count toward the 300-per-lens quota and block a second share with the same principal. */
    static boolean occupiesPrincipal(ShareStatus status) {
        return status.isLive();
    }

    static ServiceException officialLensNotShareable(String lensAlias) {
        return ValidationException.field(
                "LensAlias", "AWS official lens " + lensAlias + " cannot be shared; only custom lenses can be shared");
    }

    static ServiceException draftLensNotShareable(String lensArn) {
        return ValidationException.field(
                "LensAlias",
                "Lens " + lensArn + " has no published version; publish it with CreateLensVersion before sharing it");
    }

    /** Acting on another account's lens (including one shared with the caller) is refused as the caller's IAM would. */
    static ServiceException notLensOwner(String lensArn) {
        return new AccessDeniedException("Only the owner of lens " + lensArn + " can manage it or its shares");
    }

    static ServiceException shareWithOwner(String sharedWith) {
        return ValidationException.field(
                "SharedWith", "A lens cannot be shared with its owner's own account (" + sharedWith + ")");
    }

    static ServiceException organizationSharingDisabled(String sharedWith) {
        return ValidationException.field(
                "SharedWith",
                "Cannot share with " + sharedWith
                        + ": organization sharing is not enabled; enable it with UpdateGlobalSettings");
    }

    static ServiceException duplicateShare(String shareId, String sharedWith) {
        return new ConflictException(
                "Lens is already shared with " + sharedWith + " (share " + shareId + ")", shareId, "LENS_SHARE");
    }

    static ServiceException tokenReusedWithOtherParameters(String token) {
        return new ConflictException(
                "ClientRequestToken was already used with different parameters", token, "CLIENT_REQUEST_TOKEN");
    }

    static ServiceException invitationNotPending(String invitationId, ShareStatus status) {
        return new ConflictException(
                "Share invitation " + invitationId + " is " + status + ", no longer PENDING",
                invitationId,
                "SHARE_INVITATION");
    }

    static ServiceException nothingToPublish(String lensArn) {
        return new ConflictException(
                "Lens " + lensArn + " has no draft to publish; import the lens first", lensArn, "LENS");
    }
}
