package com.pulumi.wellarchitected.emulator.model;

import com.pulumi.wellarchitected.emulator.errors.AccessDeniedException;
import com.pulumi.wellarchitected.emulator.errors.ResourceNotFoundException;
import com.pulumi.wellarchitected.emulator.errors.ServiceCodes;
import com.pulumi.wellarchitected.emulator.errors.ServiceQuotaExceededException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The rules of sharing a lens: creating, listing and deleting shares, and the recipient's invitations. */
final class LensShares {
    private final ModelState state;
    private final EmulatorClock clock;
    private final Supplier<ListingDelays> listingDelays;

    LensShares(ModelState state, EmulatorClock clock, Supplier<ListingDelays> listingDelays) {
        this.state = state;
        this.clock = clock;
        this.listingDelays = listingDelays;
    }

    String create(AccountRegion caller, String lensAlias, SharePrincipal principal, String token) {
        Lens lens = state.ownedLens(caller, lensAlias, UndocumentedBehaviour::officialLensNotShareable);
        String fingerprint = ModelState.fingerprint(lens.arn(), principal.value());
        Optional<String> replayed =
                state.tokens.replay(caller, "CreateLensShare", token, fingerprint, lens.shares::containsKey);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        if (!lens.isPublished()) {
            throw UndocumentedBehaviour.draftLensNotShareable(lens.arn());
        }
        if (caller.accountId().equals(principal.accountId())) {
            throw UndocumentedBehaviour.shareWithOwner(principal.value());
        }
        if (!principal.kind().isInvitation() && !state.settingsOf(caller).organizationSharingEnabled()) {
            throw UndocumentedBehaviour.organizationSharingDisabled(principal.value());
        }
        Instant now = clock.now();
        for (LensShare share : lens.sharesByPrincipal.getOrDefault(principal.value(), List.of())) {
            if (UndocumentedBehaviour.occupiesPrincipal(share.status(now))) {
                throw UndocumentedBehaviour.duplicateShare(share.shareId, principal.value());
            }
        }
        if (liveShares(lens, now) >= ServiceQuotas.SHARES_PER_LENS) {
            throw new ServiceQuotaExceededException(
                    "A lens can have at most " + ServiceQuotas.SHARES_PER_LENS + " shares",
                    ServiceCodes.SHARES_PER_LENS,
                    lens.arn(),
                    "LENS");
        }
        boolean invitation = principal.kind().isInvitation();
        LensShare share = new LensShare(
                ResourceIds.next(),
                lens,
                principal,
                now,
                state.nextSequence++,
                invitation ? ResourceIds.next() : null,
                invitation ? ShareStatus.PENDING : ShareStatus.ASSOCIATING,
                null);
        state.addShare(share);
        state.tokens.remember(caller, "CreateLensShare", token, fingerprint, share.shareId);
        return share.shareId;
    }

    /** Counting needs every share's status, so it is skipped while the lens has fewer shares than the quota. */
    private static int liveShares(Lens lens, Instant now) {
        if (lens.shares.size() < ServiceQuotas.SHARES_PER_LENS) {
            return lens.shares.size();
        }
        int live = 0;
        for (LensShare share : lens.shares.values()) {
            if (UndocumentedBehaviour.occupiesPrincipal(share.status(now))) {
                live++;
            }
        }
        return live;
    }

    void delete(AccountRegion caller, String lensAlias, String shareId, String token) {
        Lens lens = state.ownedLens(caller, lensAlias, UndocumentedBehaviour::officialLensNotShareable);
        String fingerprint = ModelState.fingerprint(lens.arn(), shareId);
        // A deletion's result never stops existing, so a retry of it always succeeds again.
        if (state.tokens
                .replay(caller, "DeleteLensShare", token, fingerprint, id -> true)
                .isPresent()) {
            return;
        }
        LensShare share = lens.shares.get(shareId);
        if (share == null) {
            throw new ResourceNotFoundException(
                    "Share " + shareId + " not found on lens " + lens.arn(), shareId, "LENS_SHARE");
        }
        state.removeShare(share);
        state.tokens.remember(caller, "DeleteLensShare", token, fingerprint, shareId);
    }

    Page<LensShareSummary> list(
            AccountRegion caller,
            String lensAlias,
            String sharedWithPrefix,
            ShareStatus status,
            int maxResults,
            String nextToken) {
        Lens lens = state.ownedLens(caller, lensAlias, UndocumentedBehaviour::officialLensNotShareable);
        Instant now = clock.now();
        Duration delay = listingDelays.get().lensShares();
        List<LensShare> matching = new ArrayList<>();
        Iterable<LensShare> candidates =
                sharedWithPrefix == null ? lens.shares.values() : lens.sharesWithPrefix(sharedWithPrefix);
        for (LensShare share : candidates) {
            if ((status == null || share.status(now) == status) && ListingDelays.listed(share.createdAt, delay, now)) {
                matching.add(share);
            }
        }
        return Paginator.page(
                matching, share -> Paginator.key(share.sequence), share -> share.summary(now), maxResults, nextToken);
    }

    Page<ShareInvitationSummary> invitations(
            AccountRegion caller, String lensNamePrefix, boolean lensInvitations, int maxResults, String nextToken) {
        Instant now = clock.now();
        Duration delay = listingDelays.get().shareInvitations();
        List<LensShare> pending = new ArrayList<>();
        if (lensInvitations) {
            for (LensShare share : state.invitationsTo(caller)) {
                if (share.status(now) == ShareStatus.PENDING
                        && ListingDelays.listed(share.createdAt, delay, now)
                        && (lensNamePrefix == null
                                || ModelState.lensName(share.lens).startsWith(lensNamePrefix))) {
                    pending.add(share);
                }
            }
        }
        return Paginator.page(
                pending, share -> Paginator.key(share.sequence), LensShare::invitationSummary, maxResults, nextToken);
    }

    ShareInvitation answer(AccountRegion caller, String invitationId, boolean accept) {
        LensShare share = state.invitationsById.get(invitationId);
        if (share == null || !share.lens.owner.region().equals(caller.region())) {
            throw new ResourceNotFoundException(
                    "Share invitation " + invitationId + " not found", invitationId, "SHARE_INVITATION");
        }
        if (!caller.accountId().equals(share.principal.accountId())) {
            throw new AccessDeniedException(
                    "Only the recipient of share invitation " + invitationId + " can answer it");
        }
        ShareStatus status = share.status(clock.now());
        if (status != ShareStatus.PENDING) {
            throw UndocumentedBehaviour.invitationNotPending(invitationId, status);
        }
        share.recordedStatus = accept ? ShareStatus.ACCEPTED : ShareStatus.REJECTED;
        share.recordedStatusMessage = null;
        return new ShareInvitation(invitationId, share.lens.arn(), share.lens.arn());
    }

    /** Organization sharing was switched off: the owner's live organization and OU shares in that Region end. */
    void revokeOrganizationShares(AccountRegion owner) {
        Instant now = clock.now();
        for (Lens lens : state.ownedLenses(owner).values()) {
            for (LensShare share : lens.shares.values()) {
                if (!share.principal.kind().isInvitation() && share.status(now).isLive()) {
                    share.recordedStatus = ShareStatus.REVOKED;
                    share.recordedStatusMessage = UndocumentedBehaviour.REVOKED_MESSAGE;
                }
            }
        }
    }

    /** Sets a share's status as if it had changed out of band; false when no share has that ID. */
    boolean setStatus(String shareId, ShareStatus status, String statusMessage) {
        for (Lens lens : state.allLensesInOrder()) {
            LensShare share = lens.shares.get(shareId);
            if (share != null) {
                share.recordedStatus = status;
                share.recordedStatusMessage = statusMessage;
                return true;
            }
        }
        return false;
    }
}
