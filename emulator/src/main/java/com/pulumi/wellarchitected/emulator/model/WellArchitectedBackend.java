package com.pulumi.wellarchitected.emulator.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Well-Architected lens sharing service's state and rules for every account and Region; knows nothing of the
 * wire. One lock guards everything, because a share links an owner's state to a recipient's; with persistence on, a
 * change counts only once it is written, and one that cannot be written is rolled back.
 */
public final class WellArchitectedBackend {
    private final EmulatorClock clock;
    private final ModelState state;
    private final LensShares shares;
    private final LensCatalog lenses;
    private Consumer<BackendSnapshot> persistence;
    /** The state last written, to roll back to when writing a change fails; null while persistence is off. */
    private BackendSnapshot durable;

    /** The listing delays are read on every List call, so a new fault setting applies to the next one. */
    public WellArchitectedBackend(EmulatorClock clock, Supplier<ListingDelays> listingDelays) {
        this.clock = clock;
        this.state = new ModelState(clock);
        this.shares = new LensShares(state, clock, listingDelays);
        this.lenses = new LensCatalog(state, clock, listingDelays);
    }

    /**
     * Writes the current state with {@code writer} at once, then after every change, under the lock and before the
     * call returns; a write that throws rolls the change back and the call fails with the writer's exception.
     */
    public synchronized void persistWith(Consumer<BackendSnapshot> writer) {
        BackendSnapshot current = StateSnapshots.take(state, clock);
        writer.accept(current);
        this.durable = current;
        this.persistence = writer;
    }

    // ---- Lens shares and invitations ---------------------------------------------------------------------------

    public synchronized String createLensShare(
            AccountRegion caller, String lensAlias, SharePrincipal principal, String token) {
        return changing(() -> shares.create(caller, lensAlias, principal, token));
    }

    public synchronized void deleteLensShare(AccountRegion caller, String lensAlias, String shareId, String token) {
        changing(() -> shares.delete(caller, lensAlias, shareId, token));
    }

    public synchronized Page<LensShareSummary> listLensShares(
            AccountRegion caller,
            String lensAlias,
            String sharedWithPrefix,
            ShareStatus status,
            int maxResults,
            String nextToken) {
        return shares.list(caller, lensAlias, sharedWithPrefix, status, maxResults, nextToken);
    }

    public synchronized Page<ShareInvitationSummary> listShareInvitations(
            AccountRegion caller, String lensNamePrefix, boolean lensInvitations, int maxResults, String nextToken) {
        return shares.invitations(caller, lensNamePrefix, lensInvitations, maxResults, nextToken);
    }

    public synchronized ShareInvitation updateShareInvitation(
            AccountRegion caller, String invitationId, boolean accept) {
        return changing(() -> shares.answer(caller, invitationId, accept));
    }

    // ---- Lenses ------------------------------------------------------------------------------------------------

    public synchronized ImportedLens importLens(
            AccountRegion caller, String lensAlias, LensDocument document, String token, Map<String, String> tags) {
        return changing(() -> lenses.importLens(caller, lensAlias, document, token, tags));
    }

    public synchronized CreatedLensVersion createLensVersion(
            AccountRegion caller, String lensAlias, String version, boolean major, String token) {
        return changing(() -> lenses.createVersion(caller, lensAlias, version, major, token));
    }

    public synchronized LensDetail getLens(AccountRegion caller, String lensAlias, String lensVersion) {
        return lenses.get(caller, lensAlias, lensVersion);
    }

    public synchronized Page<LensSummary> listLenses(
            AccountRegion caller,
            LensType type,
            LensStatusType status,
            String lensName,
            int maxResults,
            String nextToken) {
        return lenses.list(caller, type, status, lensName, maxResults, nextToken);
    }

    public synchronized void deleteLens(AccountRegion caller, String lensAlias, String token, LensStatusType status) {
        changing(() -> lenses.delete(caller, lensAlias, token, status));
    }

    public synchronized void tagResource(AccountRegion caller, String arn, Map<String, String> tags) {
        changing(() -> lenses.tag(caller, arn, tags));
    }

    public synchronized void untagResource(AccountRegion caller, String arn, List<String> tagKeys) {
        changing(() -> lenses.untag(caller, arn, tagKeys));
    }

    public synchronized Map<String, String> listTagsForResource(AccountRegion caller, String arn) {
        return lenses.tags(caller, arn);
    }

    // ---- Global settings ---------------------------------------------------------------------------------------

    public synchronized GlobalSettings globalSettings(AccountRegion caller) {
        return state.settingsOf(caller);
    }

    /** Null statuses keep their current value. */
    public synchronized void updateGlobalSettings(
            AccountRegion caller, String organizationSharingStatus, String discoveryIntegrationStatus) {
        changing(() -> {
            GlobalSettings current = state.settingsOf(caller);
            GlobalSettings updated = new GlobalSettings(
                    Objects.requireNonNullElse(organizationSharingStatus, current.organizationSharingStatus()),
                    Objects.requireNonNullElse(discoveryIntegrationStatus, current.discoveryIntegrationStatus()));
            state.settings.put(caller, updated);
            if (current.organizationSharingEnabled() && !updated.organizationSharingEnabled()) {
                shares.revokeOrganizationShares(caller);
            }
        });
    }

    // ---- Control API -------------------------------------------------------------------------------------------

    /** Creates a custom lens directly, published as version 1.0 unless asked for a draft. */
    public synchronized String seedLens(AccountRegion owner, String name, boolean published) {
        return changing(() -> lenses.seed(owner, name, published));
    }

    /** Sets a share's status as if it had changed out of band; false when no share has that ID. */
    public synchronized boolean setShareStatus(String shareId, ShareStatus status, String statusMessage) {
        return changing(() -> shares.setStatus(shareId, status, statusMessage));
    }

    public synchronized void reset() {
        changing(state::clear);
    }

    /** Tells the change listener that the clock moved, which is part of the saved state. */
    public synchronized void clockChanged() {
        changing(() -> {});
    }

    public synchronized StateView view() {
        return StateSnapshots.view(state, clock);
    }

    // ---- Persistence -------------------------------------------------------------------------------------------

    /** Replaces all state with a saved snapshot; a snapshot that breaks the model's invariants is refused. */
    public synchronized void restore(BackendSnapshot snapshot) {
        StateSnapshots.restore(state, clock, snapshot);
    }

    private void changing(Runnable change) {
        changing(() -> {
            change.run();
            return null;
        });
    }

    /**
     * Runs a change and, when it succeeded, makes it durable; a refused change changed nothing, and one that cannot
     * be written (or fails unexpectedly half-way) is undone, so memory never holds what the state file does not.
     */
    private <T> T changing(Supplier<T> change) {
        if (persistence == null) {
            return change.get();
        }
        try {
            T result = change.get();
            BackendSnapshot changed = StateSnapshots.take(state, clock);
            persistence.accept(changed);
            durable = changed;
            return result;
        } catch (RuntimeException | Error e) {
            StateSnapshots.restore(state, clock, durable);
            throw e;
        }
    }
}
