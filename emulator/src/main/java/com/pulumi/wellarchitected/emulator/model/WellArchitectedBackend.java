package com.pulumi.wellarchitected.emulator.model;

import com.pulumi.wellarchitected.emulator.errors.AccessDeniedException;
import com.pulumi.wellarchitected.emulator.errors.ConflictException;
import com.pulumi.wellarchitected.emulator.errors.ResourceNotFoundException;
import com.pulumi.wellarchitected.emulator.errors.ServiceException;
import com.pulumi.wellarchitected.emulator.errors.ServiceCodes;
import com.pulumi.wellarchitected.emulator.errors.ServiceQuotaExceededException;
import com.pulumi.wellarchitected.emulator.errors.ValidationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Well-Architected lens sharing service's state and rules for every account and Region; knows nothing of the
 * wire. One lock guards everything, because shares link an owner's state to a recipient's.
 */
public final class WellArchitectedBackend {
    private static final Pattern CUSTOM_LENS_ARN =
            Pattern.compile("arn:aws:wellarchitected:([a-z0-9-]+):(\\d{12}):lens/([0-9a-f]{32})");
    private static final Pattern OFFICIAL_LENS_ARN =
            Pattern.compile("arn:aws:wellarchitected:([a-z0-9-]+)::lens/([a-z0-9]+)");

    private final EmulatorClock clock;
    private final Map<AccountRegion, Map<String, Lens>> lensesByOwner = new HashMap<>();
    private final Map<String, LensShare> invitationsById = new HashMap<>();
    private final Map<AccountRegion, Map<String, LensShare>> invitationsByRecipient = new HashMap<>();
    private final Map<AccountRegion, GlobalSettings> settings = new LinkedHashMap<>();
    private final ClientRequestTokens tokens = new ClientRequestTokens();
    private long nextSequence = 1;
    private Consumer<BackendSnapshot> changeListener = snapshot -> { };
    private boolean listening;

    public WellArchitectedBackend(EmulatorClock clock) {
        this.clock = clock;
    }

    /** Called, under the lock, with the new state after every change; the state file writes it. */
    public synchronized void onChange(Consumer<BackendSnapshot> listener) {
        this.changeListener = listener;
        this.listening = true;
    }

    // ---- Lens shares -------------------------------------------------------------------------------------------

    public synchronized String createLensShare(AccountRegion caller, String lensAlias, SharePrincipal principal,
                                               String token) {
        Lens lens = ownedLens(caller, lensAlias, UndocumentedBehaviour::officialLensNotShareable);
        String fingerprint = fingerprint(lens.arn(), principal.value());
        Optional<String> replayed = tokens.replay(caller, "CreateLensShare", token, fingerprint,
                lens.shares::containsKey);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        if (!lens.isPublished()) {
            throw UndocumentedBehaviour.draftLensNotShareable(lens.arn());
        }
        if (caller.accountId().equals(principal.accountId())) {
            throw UndocumentedBehaviour.shareWithOwner(principal.value());
        }
        if (!principal.kind().isInvitation() && !settingsOf(caller).organizationSharingEnabled()) {
            throw UndocumentedBehaviour.organizationSharingDisabled(principal.value());
        }
        Instant now = clock.now();
        int live = 0;
        for (LensShare share : lens.shares.values()) {
            if (UndocumentedBehaviour.occupiesPrincipal(share.status(now))) {
                if (share.principal.value().equals(principal.value())) {
                    throw UndocumentedBehaviour.duplicateShare(share.shareId, principal.value());
                }
                live++;
            }
        }
        if (live >= ServiceQuotas.SHARES_PER_LENS) {
            throw new ServiceQuotaExceededException("A lens can have at most " + ServiceQuotas.SHARES_PER_LENS
                    + " shares", ServiceCodes.SHARES_PER_LENS, lens.arn(), "LENS");
        }
        boolean invitation = principal.kind().isInvitation();
        LensShare share = new LensShare(ResourceIds.next(), lens, principal, now, nextSequence++,
                invitation ? ResourceIds.next() : null,
                invitation ? ShareStatus.PENDING : ShareStatus.ASSOCIATING, null);
        addShare(share);
        tokens.remember(caller, "CreateLensShare", token, fingerprint, share.shareId);
        changed();
        return share.shareId;
    }

    public synchronized void deleteLensShare(AccountRegion caller, String lensAlias, String shareId, String token) {
        Lens lens = ownedLens(caller, lensAlias, UndocumentedBehaviour::officialLensNotShareable);
        String fingerprint = fingerprint(lens.arn(), shareId);
        // A deletion's result never stops existing, so a retry of it always succeeds again.
        if (tokens.replay(caller, "DeleteLensShare", token, fingerprint, id -> true).isPresent()) {
            return;
        }
        LensShare share = lens.shares.get(shareId);
        if (share == null) {
            throw new ResourceNotFoundException("Share " + shareId + " not found on lens " + lens.arn(), shareId,
                    "LENS_SHARE");
        }
        removeShare(share);
        tokens.remember(caller, "DeleteLensShare", token, fingerprint, shareId);
        changed();
    }

    public synchronized Page<LensShareSummary> listLensShares(AccountRegion caller, String lensAlias,
                                                              String sharedWithPrefix, ShareStatus status,
                                                              int maxResults, String nextToken) {
        Lens lens = ownedLens(caller, lensAlias, UndocumentedBehaviour::officialLensNotShareable);
        Instant now = clock.now();
        List<LensShare> matching = new ArrayList<>();
        for (LensShare share : lens.shares.values()) {
            if ((sharedWithPrefix == null || share.principal.value().startsWith(sharedWithPrefix))
                    && (status == null || share.status(now) == status)) {
                matching.add(share);
            }
        }
        return Paginator.page(matching, share -> Paginator.key(share.sequence),
                share -> new LensShareSummary(share.shareId, share.principal.value(), share.status(now),
                        share.statusMessage(now)),
                maxResults, nextToken);
    }

    // ---- Share invitations -------------------------------------------------------------------------------------

    public synchronized Page<ShareInvitationSummary> listShareInvitations(AccountRegion caller, String lensNamePrefix,
                                                                          boolean lensInvitations, int maxResults,
                                                                          String nextToken) {
        Instant now = clock.now();
        List<LensShare> pending = new ArrayList<>();
        if (lensInvitations) {
            for (LensShare share : invitationsByRecipient.getOrDefault(caller, Map.of()).values()) {
                if (share.status(now) == ShareStatus.PENDING
                        && (lensNamePrefix == null || lensName(share.lens).startsWith(lensNamePrefix))) {
                    pending.add(share);
                }
            }
        }
        return Paginator.page(pending, share -> Paginator.key(share.sequence),
                share -> new ShareInvitationSummary(share.invitationId, share.lens.owner.accountId(),
                        share.principal.value(), lensName(share.lens), share.lens.arn()),
                maxResults, nextToken);
    }

    public synchronized ShareInvitation updateShareInvitation(AccountRegion caller, String invitationId,
                                                              boolean accept) {
        LensShare share = invitationsById.get(invitationId);
        if (share == null || !share.lens.owner.region().equals(caller.region())) {
            throw new ResourceNotFoundException("Share invitation " + invitationId + " not found", invitationId,
                    "SHARE_INVITATION");
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
        changed();
        return new ShareInvitation(invitationId, share.lens.arn(), share.lens.arn());
    }

    // ---- Lenses ------------------------------------------------------------------------------------------------

    public synchronized ImportedLens importLens(AccountRegion caller, String lensAlias, LensDocument document,
                                                String token, Map<String, String> tags) {
        Lens existing = lensAlias == null ? null : ownedLens(caller, lensAlias, WellArchitectedBackend::officialLensReadOnly);
        String fingerprint = fingerprint(Objects.toString(lensAlias, ""), sha256(document.json()),
                new TreeMap<>(tags).toString());
        Optional<String> replayed = tokens.replay(caller, "ImportLens", token, fingerprint,
                id -> ownedLenses(caller).containsKey(id));
        if (replayed.isPresent()) {
            return new ImportedLens(Lens.arn(caller, replayed.get()), "COMPLETE");
        }
        Instant now = clock.now();
        Lens lens = existing;
        if (lens == null) {
            lens = newLens(caller, now);
        }
        checkTagCount(lens, tags);
        lens.draft = document;
        lens.updatedAt = now;
        lens.tags.putAll(tags);
        tokens.remember(caller, "ImportLens", token, fingerprint, lens.id);
        changed();
        return new ImportedLens(lens.arn(), "COMPLETE");
    }

    public synchronized CreatedLensVersion createLensVersion(AccountRegion caller, String lensAlias, String version,
                                                             boolean major, String token) {
        Lens lens = ownedLens(caller, lensAlias, WellArchitectedBackend::officialLensReadOnly);
        String fingerprint = fingerprint(lens.arn(), version, Boolean.toString(major));
        Optional<String> replayed = tokens.replay(caller, "CreateLensVersion", token, fingerprint,
                v -> lens.version(v).isPresent());
        if (replayed.isPresent()) {
            return new CreatedLensVersion(lens.arn(), replayed.get());
        }
        if (lens.version(version).isPresent()) {
            throw new ConflictException(
                    "Lens " + lens.arn() + " already has a version " + version, version, "LENS_VERSION");
        }
        if (lens.draft == null) {
            throw UndocumentedBehaviour.nothingToPublish(lens.arn());
        }
        if (lens.versions.size() >= ServiceQuotas.VERSIONS_PER_LENS) {
            throw new ServiceQuotaExceededException("A lens can have at most " + ServiceQuotas.VERSIONS_PER_LENS
                    + " versions", ServiceCodes.VERSIONS_PER_LENS, lens.arn(), "LENS");
        }
        Instant now = clock.now();
        lens.versions.add(new PublishedVersion(version, major, now, lens.draft));
        lens.draft = null;
        lens.updatedAt = now;
        tokens.remember(caller, "CreateLensVersion", token, fingerprint, version);
        changed();
        return new CreatedLensVersion(lens.arn(), version);
    }

    public synchronized LensDetail getLens(AccountRegion caller, String lensAlias, String lensVersion) {
        LensRef ref = resolve(caller, lensAlias);
        if (ref.official != null) {
            OfficialLens official = ref.official;
            if (lensVersion != null && !lensVersion.equals(official.version())) {
                throw versionNotFound(official.arn(caller.region()), lensVersion);
            }
            return new LensDetail(official.arn(caller.region()), official.version(), official.name(),
                    official.description(), "AWS", null, null);
        }
        Lens lens = ref.custom;
        boolean owner = lens.owner.equals(caller);
        LensShare acceptedShare = owner ? null : acceptedShareFor(lens, caller);
        if (!owner && acceptedShare == null) {
            throw UndocumentedBehaviour.notLensOwner(lens.arn());
        }
        LensDocument document;
        String version;
        if (lensVersion != null) {
            PublishedVersion published = lens.version(lensVersion)
                    .orElseThrow(() -> versionNotFound(lens.arn(), lensVersion));
            document = published.document();
            version = published.version();
        } else if (owner || lens.isPublished()) {
            document = owner ? lens.currentDocument() : lens.latestVersion().orElseThrow().document();
            version = lens.latestVersion().map(PublishedVersion::version).orElse(null);
        } else {
            throw UndocumentedBehaviour.notLensOwner(lens.arn());
        }
        return new LensDetail(lens.arn(), version, document.name(), document.description(),
                lens.owner.accountId(), acceptedShare == null ? null : acceptedShare.invitationId,
                owner && !lens.tags.isEmpty() ? Map.copyOf(lens.tags) : null);
    }

    public synchronized Page<LensSummary> listLenses(AccountRegion caller, LensType type, LensStatusType status,
                                                     String lensName, int maxResults, String nextToken) {
        LensStatusType wanted = status == null ? LensStatusType.ALL : status;
        List<Map.Entry<String, LensSummary>> rows = new ArrayList<>();
        if ((type == null || type == LensType.AWS_OFFICIAL) && wanted != LensStatusType.DRAFT) {
            for (int i = 0; i < OfficialLens.ALL.size(); i++) {
                OfficialLens lens = OfficialLens.ALL.get(i);
                rows.add(Map.entry("0-" + i, new LensSummary(lens.arn(caller.region()), lens.alias(), lens.name(),
                        LensType.AWS_OFFICIAL, lens.description(), OfficialLens.PUBLISHED_AT,
                        OfficialLens.PUBLISHED_AT, lens.version(), null, "CURRENT")));
            }
        }
        List<Lens> custom = new ArrayList<>();
        if (type == null || type == LensType.CUSTOM_SELF) {
            for (Lens lens : ownedLenses(caller).values()) {
                boolean included = switch (wanted) {
                    case ALL -> true;
                    case DRAFT -> lens.draft != null;
                    case PUBLISHED -> lens.isPublished();
                };
                if (included) {
                    custom.add(lens);
                }
            }
        }
        if ((type == null || type == LensType.CUSTOM_SHARED) && wanted != LensStatusType.DRAFT) {
            for (LensShare share : invitationsByRecipient.getOrDefault(caller, Map.of()).values()) {
                if (share.recordedStatus == ShareStatus.ACCEPTED && !custom.contains(share.lens)) {
                    custom.add(share.lens);
                }
            }
        }
        custom.sort(Comparator.comparingLong(lens -> lens.sequence));
        for (Lens lens : custom) {
            boolean owner = lens.owner.equals(caller);
            LensDocument document = owner ? lens.currentDocument() : lens.latestVersion().orElseThrow().document();
            rows.add(Map.entry("1-" + Paginator.key(lens.sequence), new LensSummary(lens.arn(), lens.arn(),
                    document.name(), owner ? LensType.CUSTOM_SELF : LensType.CUSTOM_SHARED, document.description(),
                    lens.createdAt, lens.updatedAt, lens.latestVersion().map(PublishedVersion::version).orElse(null),
                    lens.owner.accountId(), "CURRENT")));
        }
        rows.removeIf(row -> lensName != null && !row.getValue().lensName().equals(lensName));
        return Paginator.page(rows, Map.Entry::getKey, Map.Entry::getValue, maxResults, nextToken);
    }

    public synchronized void deleteLens(AccountRegion caller, String lensAlias, String token, LensStatusType status) {
        Lens lens = ownedLens(caller, lensAlias, WellArchitectedBackend::officialLensReadOnly);
        String fingerprint = fingerprint(lens.arn(), status.name());
        if (tokens.replay(caller, "DeleteLens", token, fingerprint, id -> true).isPresent()) {
            return;
        }
        switch (status) {
            case DRAFT -> {
                if (lens.draft == null) {
                    throw new ResourceNotFoundException("Lens " + lens.arn() + " has no draft", lens.arn(), "LENS");
                }
                lens.draft = null;
            }
            case PUBLISHED -> {
                if (!lens.isPublished()) {
                    throw new ResourceNotFoundException("Lens " + lens.arn() + " has no published version",
                            lens.arn(), "LENS");
                }
                lens.versions.clear();
                // Shares grant access to published versions only, so they go with them.
                new ArrayList<>(lens.shares.values()).forEach(this::removeShare);
            }
            case ALL -> {
                lens.draft = null;
                lens.versions.clear();
            }
        }
        if (lens.draft == null && !lens.isPublished()) {
            new ArrayList<>(lens.shares.values()).forEach(this::removeShare);
            ownedLenses(caller).remove(lens.id);
        }
        tokens.remember(caller, "DeleteLens", token, fingerprint, lens.id);
        changed();
    }

    // ---- Global settings ---------------------------------------------------------------------------------------

    public synchronized GlobalSettings globalSettings(AccountRegion caller) {
        return settingsOf(caller);
    }

    public synchronized void updateGlobalSettings(AccountRegion caller, String organizationSharingStatus,
                                                  String discoveryIntegrationStatus) {
        GlobalSettings current = settingsOf(caller);
        GlobalSettings updated = new GlobalSettings(
                Objects.requireNonNullElse(organizationSharingStatus, current.organizationSharingStatus()),
                Objects.requireNonNullElse(discoveryIntegrationStatus, current.discoveryIntegrationStatus()));
        settings.put(caller, updated);
        if (current.organizationSharingEnabled() && !updated.organizationSharingEnabled()) {
            revokeOrganizationShares(caller);
        }
        changed();
    }

    private void revokeOrganizationShares(AccountRegion owner) {
        Instant now = clock.now();
        for (Lens lens : ownedLenses(owner).values()) {
            for (LensShare share : lens.shares.values()) {
                if (!share.principal.kind().isInvitation() && share.status(now).isLive()) {
                    share.recordedStatus = ShareStatus.REVOKED;
                    share.recordedStatusMessage = UndocumentedBehaviour.REVOKED_MESSAGE;
                }
            }
        }
    }

    // ---- Tags --------------------------------------------------------------------------------------------------

    public synchronized void tagResource(AccountRegion caller, String arn, Map<String, String> tags) {
        Lens lens = taggableLens(caller, arn);
        checkTagCount(lens, tags);
        lens.tags.putAll(tags);
        changed();
    }

    public synchronized void untagResource(AccountRegion caller, String arn, List<String> tagKeys) {
        Lens lens = taggableLens(caller, arn);
        tagKeys.forEach(lens.tags::remove);
        changed();
    }

    public synchronized Map<String, String> listTagsForResource(AccountRegion caller, String arn) {
        return Map.copyOf(taggableLens(caller, arn).tags);
    }

    private Lens taggableLens(AccountRegion caller, String arn) {
        Matcher matcher = CUSTOM_LENS_ARN.matcher(arn);
        Lens lens = null;
        if (matcher.matches() && matcher.group(1).equals(caller.region())
                && matcher.group(2).equals(caller.accountId())) {
            lens = ownedLenses(caller).get(matcher.group(3));
        }
        if (lens == null) {
            throw new ResourceNotFoundException("Resource " + arn + " not found", arn, "LENS");
        }
        return lens;
    }

    private static void checkTagCount(Lens lens, Map<String, String> added) {
        Map<String, String> merged = new HashMap<>(lens.tags);
        merged.putAll(added);
        if (merged.size() > ServiceQuotas.TAGS_PER_RESOURCE) {
            throw ValidationException.field("Tags",
                    "A resource can have at most " + ServiceQuotas.TAGS_PER_RESOURCE + " tags");
        }
    }

    // ---- Control API -------------------------------------------------------------------------------------------

    /** Creates a custom lens directly, published as version 1.0 unless asked for a draft. */
    public synchronized String seedLens(AccountRegion owner, String name, boolean published) {
        LensDocument document = LensDocument.minimal(name);
        Instant now = clock.now();
        Lens lens = newLens(owner, now);
        if (published) {
            lens.versions.add(new PublishedVersion(UndocumentedBehaviour.SEEDED_VERSION, true, now, document));
        } else {
            lens.draft = document;
        }
        changed();
        return lens.arn();
    }

    /** Sets a share's status as if it had changed out of band; false when no share has that ID. */
    public synchronized boolean setShareStatus(String shareId, ShareStatus status, String statusMessage) {
        for (Map<String, Lens> lenses : lensesByOwner.values()) {
            for (Lens lens : lenses.values()) {
                LensShare share = lens.shares.get(shareId);
                if (share != null) {
                    share.recordedStatus = status;
                    share.recordedStatusMessage = statusMessage;
                    changed();
                    return true;
                }
            }
        }
        return false;
    }

    public synchronized void reset() {
        lensesByOwner.clear();
        invitationsById.clear();
        invitationsByRecipient.clear();
        settings.clear();
        tokens.clear();
        changed();
    }

    /** Tells the change listener that the clock moved, which is part of the saved state. */
    public synchronized void clockChanged() {
        changed();
    }

    public synchronized StateView view() {
        Instant now = clock.now();
        List<StateView.LensEntry> lenses = new ArrayList<>();
        List<StateView.ShareEntry> shares = new ArrayList<>();
        for (Lens lens : allLensesInOrder()) {
            lenses.add(new StateView.LensEntry(lens.owner.accountId(), lens.owner.region(), lens.arn(),
                    lens.currentDocument().name(), lens.isPublished() ? "PUBLISHED" : "DRAFT", Map.copyOf(lens.tags)));
            for (LensShare share : lens.shares.values()) {
                shares.add(new StateView.ShareEntry(lens.owner.accountId(), lens.owner.region(), lens.arn(),
                        share.shareId, share.principal.value(), share.status(now), share.statusMessage(now),
                        share.createdAt, share.invitationId));
            }
        }
        List<StateView.SettingsEntry> settingsEntries = settings.entrySet().stream()
                .map(e -> new StateView.SettingsEntry(e.getKey().accountId(), e.getKey().region(),
                        e.getValue().organizationSharingStatus()))
                .toList();
        return new StateView(now, lenses, shares, settingsEntries);
    }

    // ---- Persistence -------------------------------------------------------------------------------------------

    public synchronized BackendSnapshot snapshot() {
        List<BackendSnapshot.LensRecord> lenses = new ArrayList<>();
        for (Lens lens : allLensesInOrder()) {
            List<BackendSnapshot.VersionRecord> versions = lens.versions.stream()
                    .map(v -> new BackendSnapshot.VersionRecord(v.version(), v.major(), v.createdAt().toEpochMilli(),
                            v.document()))
                    .toList();
            List<BackendSnapshot.ShareRecord> shares = lens.shares.values().stream()
                    .map(s -> new BackendSnapshot.ShareRecord(s.shareId, s.principal.value(),
                            s.createdAt.toEpochMilli(), s.sequence, s.invitationId, s.recordedStatus,
                            s.recordedStatusMessage))
                    .toList();
            lenses.add(new BackendSnapshot.LensRecord(lens.owner.accountId(), lens.owner.region(), lens.id,
                    lens.sequence, lens.createdAt.toEpochMilli(), lens.updatedAt.toEpochMilli(), lens.draft, versions,
                    new LinkedHashMap<>(lens.tags), shares));
        }
        List<BackendSnapshot.SettingsRecord> settingsRecords = settings.entrySet().stream()
                .map(e -> new BackendSnapshot.SettingsRecord(e.getKey().accountId(), e.getKey().region(),
                        e.getValue().organizationSharingStatus(), e.getValue().discoveryIntegrationStatus()))
                .toList();
        return new BackendSnapshot(BackendSnapshot.FORMAT_VERSION, clock.offsetMillis(), nextSequence, lenses,
                settingsRecords, tokens.snapshot());
    }

    /** Replaces all state with a saved snapshot; a snapshot that breaks the model's invariants is refused. */
    public synchronized void restore(BackendSnapshot snapshot) {
        if (snapshot.formatVersion() != BackendSnapshot.FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported formatVersion " + snapshot.formatVersion());
        }
        lensesByOwner.clear();
        invitationsById.clear();
        invitationsByRecipient.clear();
        settings.clear();
        tokens.clear();
        clock.setOffsetMillis(snapshot.clockOffsetMillis());
        nextSequence = snapshot.nextSequence();
        List<LensShare> shares = new ArrayList<>();
        for (BackendSnapshot.LensRecord record : required(snapshot.lenses(), "lenses")) {
            AccountRegion owner = new AccountRegion(required(record.accountId(), "lens accountId"),
                    required(record.region(), "lens region"));
            Lens lens = new Lens(required(record.id(), "lens id"), owner, Instant.ofEpochMilli(record.createdAt()),
                    record.sequence());
            lens.updatedAt = Instant.ofEpochMilli(record.updatedAt());
            lens.draft = record.draft();
            for (BackendSnapshot.VersionRecord v : required(record.versions(), "lens versions")) {
                lens.versions.add(new PublishedVersion(required(v.version(), "version"), v.major(),
                        Instant.ofEpochMilli(v.createdAt()), required(v.document(), "version document")));
            }
            if (lens.draft == null && lens.versions.isEmpty()) {
                throw new IllegalArgumentException("lens " + lens.id + " has neither a draft nor a version");
            }
            lens.tags.putAll(required(record.tags(), "lens tags"));
            ownedLenses(owner).put(lens.id, lens);
            for (BackendSnapshot.ShareRecord s : required(record.shares(), "lens shares")) {
                SharePrincipal principal = SharePrincipal.parse(required(s.sharedWith(), "sharedWith"))
                        .orElseThrow(() -> new IllegalArgumentException("invalid sharedWith " + s.sharedWith()));
                shares.add(new LensShare(required(s.shareId(), "shareId"), lens, principal,
                        Instant.ofEpochMilli(s.createdAt()), s.sequence(), s.invitationId(),
                        required(s.status(), "share status"), s.statusMessage()));
            }
        }
        shares.sort(Comparator.comparingLong(share -> share.sequence));
        shares.forEach(this::addShare);
        for (BackendSnapshot.SettingsRecord s : required(snapshot.globalSettings(), "globalSettings")) {
            settings.put(new AccountRegion(s.accountId(), s.region()),
                    new GlobalSettings(s.organizationSharingStatus(), s.discoveryIntegrationStatus()));
        }
        tokens.restore(required(snapshot.clientRequestTokens(), "clientRequestTokens"));
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("missing " + what);
        }
        return value;
    }

    // ---- Internals ---------------------------------------------------------------------------------------------

    /** A lens named by a LensAlias: exactly one of the two is set. */
    private record LensRef(OfficialLens official, Lens custom) {
    }

    private LensRef resolve(AccountRegion caller, String lensAlias) {
        Optional<OfficialLens> official = OfficialLens.byAlias(lensAlias);
        Matcher officialArn = OFFICIAL_LENS_ARN.matcher(lensAlias);
        if (official.isEmpty() && officialArn.matches() && officialArn.group(1).equals(caller.region())) {
            official = OfficialLens.byAlias(officialArn.group(2));
        }
        if (official.isPresent()) {
            return new LensRef(official.get(), null);
        }
        Matcher customArn = CUSTOM_LENS_ARN.matcher(lensAlias);
        if (customArn.matches() && customArn.group(1).equals(caller.region())) {
            Lens lens = lensesByOwner.getOrDefault(new AccountRegion(customArn.group(2), customArn.group(1)), Map.of())
                    .get(customArn.group(3));
            if (lens != null) {
                return new LensRef(null, lens);
            }
        }
        throw new ResourceNotFoundException("Lens " + lensAlias + " not found", lensAlias, "LENS");
    }

    private Lens ownedLens(AccountRegion caller, String lensAlias, Function<String, ServiceException> whenOfficial) {
        LensRef ref = resolve(caller, lensAlias);
        if (ref.official != null) {
            throw whenOfficial.apply(lensAlias);
        }
        if (!ref.custom.owner.equals(caller)) {
            throw UndocumentedBehaviour.notLensOwner(ref.custom.arn());
        }
        return ref.custom;
    }

    private static ServiceException officialLensReadOnly(String lensAlias) {
        return ValidationException.field("LensAlias", "AWS official lens " + lensAlias + " cannot be modified");
    }

    private static ResourceNotFoundException versionNotFound(String lensArn, String version) {
        return new ResourceNotFoundException("Lens " + lensArn + " has no version " + version, version,
                "LENS_VERSION");
    }

    private Lens newLens(AccountRegion owner, Instant now) {
        Map<String, Lens> owned = ownedLenses(owner);
        if (owned.size() >= ServiceQuotas.CUSTOM_LENSES_PER_REGION) {
            throw new ServiceQuotaExceededException("An account can have at most "
                    + ServiceQuotas.CUSTOM_LENSES_PER_REGION + " custom lenses per Region",
                    ServiceCodes.LENSES_PER_ACCOUNT, null, "LENS");
        }
        Lens lens = new Lens(ResourceIds.next(), owner, now, nextSequence++);
        owned.put(lens.id, lens);
        return lens;
    }

    private Map<String, Lens> ownedLenses(AccountRegion owner) {
        return lensesByOwner.computeIfAbsent(owner, key -> new LinkedHashMap<>());
    }

    private List<Lens> allLensesInOrder() {
        List<Lens> lenses = new ArrayList<>();
        lensesByOwner.values().forEach(owned -> lenses.addAll(owned.values()));
        lenses.sort(Comparator.comparingLong(lens -> lens.sequence));
        return lenses;
    }

    private GlobalSettings settingsOf(AccountRegion account) {
        return settings.getOrDefault(account, GlobalSettings.DEFAULT);
    }

    private static String lensName(Lens lens) {
        return lens.latestVersion().map(v -> v.document().name()).orElse(lens.currentDocument().name());
    }

    private LensShare acceptedShareFor(Lens lens, AccountRegion caller) {
        for (LensShare share : invitationsByRecipient.getOrDefault(caller, Map.of()).values()) {
            if (share.lens == lens && share.recordedStatus == ShareStatus.ACCEPTED) {
                return share;
            }
        }
        return null;
    }

    private void addShare(LensShare share) {
        share.lens.shares.put(share.shareId, share);
        if (share.invitationId != null) {
            invitationsById.put(share.invitationId, share);
            invitationsByRecipient.computeIfAbsent(recipient(share), key -> new LinkedHashMap<>())
                    .put(share.invitationId, share);
        }
    }

    private void removeShare(LensShare share) {
        share.lens.shares.remove(share.shareId);
        if (share.invitationId != null) {
            invitationsById.remove(share.invitationId);
            Map<String, LensShare> received = invitationsByRecipient.get(recipient(share));
            if (received != null) {
                received.remove(share.invitationId);
            }
        }
    }

    private static AccountRegion recipient(LensShare share) {
        return new AccountRegion(share.principal.accountId(), share.lens.owner.region());
    }

    private void changed() {
        if (listening) {
            changeListener.accept(snapshot());
        }
    }

    private static String fingerprint(String... parameters) {
        return String.join("\u0000", parameters);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
