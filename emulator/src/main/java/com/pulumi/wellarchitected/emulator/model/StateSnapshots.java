package com.pulumi.wellarchitected.emulator.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the model's state into plain data (the state file, the control API's dump) and back. */
final class StateSnapshots {
    private StateSnapshots() {}

    static BackendSnapshot take(ModelState state, EmulatorClock clock) {
        List<BackendSnapshot.LensRecord> lenses = new ArrayList<>();
        for (Lens lens : state.allLensesInOrder()) {
            List<BackendSnapshot.VersionRecord> versions = lens.versions.stream()
                    .map(v -> new BackendSnapshot.VersionRecord(
                            v.version(), v.major(), v.createdAt().toEpochMilli(), v.document()))
                    .toList();
            List<BackendSnapshot.ShareRecord> shares = lens.shares.values().stream()
                    .map(s -> new BackendSnapshot.ShareRecord(
                            s.shareId,
                            s.principal.value(),
                            s.createdAt.toEpochMilli(),
                            s.sequence,
                            s.invitationId,
                            s.recordedStatus,
                            s.recordedStatusMessage))
                    .toList();
            lenses.add(new BackendSnapshot.LensRecord(
                    lens.owner.accountId(),
                    lens.owner.region(),
                    lens.id,
                    lens.sequence,
                    lens.createdAt.toEpochMilli(),
                    lens.updatedAt.toEpochMilli(),
                    lens.draft,
                    versions,
                    new LinkedHashMap<>(lens.tags),
                    shares));
        }
        List<BackendSnapshot.SettingsRecord> settings = state.settings.entrySet().stream()
                .map(e -> new BackendSnapshot.SettingsRecord(
                        e.getKey().accountId(),
                        e.getKey().region(),
                        e.getValue().organizationSharingStatus(),
                        e.getValue().discoveryIntegrationStatus()))
                .toList();
        return new BackendSnapshot(
                BackendSnapshot.FORMAT_VERSION,
                clock.offsetMillis(),
                state.nextSequence,
                lenses,
                settings,
                state.tokens.snapshot());
    }

    /** Replaces the state with a snapshot; a snapshot that breaks the model's invariants is refused. */
    static void restore(ModelState state, EmulatorClock clock, BackendSnapshot snapshot) {
        if (snapshot.formatVersion() != BackendSnapshot.FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported formatVersion " + snapshot.formatVersion());
        }
        state.clear();
        clock.setOffsetMillis(snapshot.clockOffsetMillis());
        state.nextSequence = snapshot.nextSequence();
        List<LensShare> shares = new ArrayList<>();
        for (BackendSnapshot.LensRecord record : required(snapshot.lenses(), "lenses")) {
            AccountRegion owner = new AccountRegion(
                    required(record.accountId(), "lens accountId"), required(record.region(), "lens region"));
            Lens lens = new Lens(
                    required(record.id(), "lens id"),
                    owner,
                    Instant.ofEpochMilli(record.createdAt()),
                    record.sequence());
            lens.updatedAt = Instant.ofEpochMilli(record.updatedAt());
            lens.draft = record.draft();
            for (BackendSnapshot.VersionRecord v : required(record.versions(), "lens versions")) {
                lens.versions.add(new PublishedVersion(
                        required(v.version(), "version"),
                        v.major(),
                        Instant.ofEpochMilli(v.createdAt()),
                        required(v.document(), "version document")));
            }
            if (lens.draft == null && lens.versions.isEmpty()) {
                throw new IllegalArgumentException("lens " + lens.id + " has neither a draft nor a version");
            }
            lens.tags.putAll(required(record.tags(), "lens tags"));
            state.ownedLenses(owner).put(lens.id, lens);
            for (BackendSnapshot.ShareRecord s : required(record.shares(), "lens shares")) {
                SharePrincipal principal = SharePrincipal.parse(required(s.sharedWith(), "sharedWith"))
                        .orElseThrow(() -> new IllegalArgumentException("invalid sharedWith " + s.sharedWith()));
                shares.add(new LensShare(
                        required(s.shareId(), "shareId"),
                        lens,
                        principal,
                        Instant.ofEpochMilli(s.createdAt()),
                        s.sequence(),
                        s.invitationId(),
                        required(s.status(), "share status"),
                        s.statusMessage()));
            }
        }
        // Shares are indexed in creation order, so lists and invitations keep their order across a restart.
        shares.sort(Comparator.comparingLong(share -> share.sequence));
        shares.forEach(state::addShare);
        for (BackendSnapshot.SettingsRecord s : required(snapshot.globalSettings(), "globalSettings")) {
            state.settings.put(
                    new AccountRegion(
                            required(s.accountId(), "settings accountId"), required(s.region(), "settings region")),
                    new GlobalSettings(
                            required(s.organizationSharingStatus(), "organizationSharingStatus"),
                            required(s.discoveryIntegrationStatus(), "discoveryIntegrationStatus")));
        }
        state.tokens.restore(required(snapshot.clientRequestTokens(), "clientRequestTokens"));
    }

    static StateView view(ModelState state, EmulatorClock clock) {
        Instant now = clock.now();
        List<StateView.LensEntry> lenses = new ArrayList<>();
        List<StateView.ShareEntry> shares = new ArrayList<>();
        for (Lens lens : state.allLensesInOrder()) {
            lenses.add(new StateView.LensEntry(
                    lens.owner.accountId(),
                    lens.owner.region(),
                    lens.arn(),
                    lens.currentDocument().name(),
                    lens.isPublished() ? "PUBLISHED" : "DRAFT",
                    Map.copyOf(lens.tags)));
            for (LensShare share : lens.shares.values()) {
                shares.add(new StateView.ShareEntry(
                        lens.owner.accountId(),
                        lens.owner.region(),
                        lens.arn(),
                        share.shareId,
                        share.principal.value(),
                        share.status(now),
                        share.statusMessage(now),
                        share.createdAt,
                        share.invitationId));
            }
        }
        List<StateView.SettingsEntry> settings = state.settings.entrySet().stream()
                .map(e -> new StateView.SettingsEntry(
                        e.getKey().accountId(),
                        e.getKey().region(),
                        e.getValue().organizationSharingStatus()))
                .toList();
        return new StateView(now, lenses, shares, settings);
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("missing " + what);
        }
        return value;
    }
}
