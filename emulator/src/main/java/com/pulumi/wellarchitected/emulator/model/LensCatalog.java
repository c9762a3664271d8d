package com.pulumi.wellarchitected.emulator.model;

import com.pulumi.wellarchitected.emulator.errors.ConflictException;
import com.pulumi.wellarchitected.emulator.errors.ResourceNotFoundException;
import com.pulumi.wellarchitected.emulator.errors.ServiceCodes;
import com.pulumi.wellarchitected.emulator.errors.ServiceException;
import com.pulumi.wellarchitected.emulator.errors.ServiceQuotaExceededException;
import com.pulumi.wellarchitected.emulator.errors.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/** The lenses an account sees: AWS official lenses, its own custom lenses with their versions and tags, shared ones. */
final class LensCatalog {
    private final ModelState state;
    private final EmulatorClock clock;
    private final Supplier<ListingDelays> listingDelays;

    LensCatalog(ModelState state, EmulatorClock clock, Supplier<ListingDelays> listingDelays) {
        this.state = state;
        this.clock = clock;
        this.listingDelays = listingDelays;
    }

    ImportedLens importLens(
            AccountRegion caller, String lensAlias, LensDocument document, String token, Map<String, String> tags) {
        Lens existing =
                lensAlias == null ? null : state.ownedLens(caller, lensAlias, LensCatalog::officialLensReadOnly);
        String fingerprint = ModelState.fingerprint(
                Objects.toString(lensAlias, ""), sha256(document.json()), new TreeMap<>(tags).toString());
        Optional<String> replayed = state.tokens.replay(
                caller,
                "ImportLens",
                token,
                fingerprint,
                id -> state.ownedLenses(caller).containsKey(id));
        if (replayed.isPresent()) {
            return new ImportedLens(Lens.arn(caller, replayed.get()), "COMPLETE");
        }
        Instant now = clock.now();
        Lens lens = existing == null ? state.newLens(caller, now) : existing;
        checkTagCount(lens, tags);
        lens.draft = document;
        lens.updatedAt = now;
        lens.tags.putAll(tags);
        state.tokens.remember(caller, "ImportLens", token, fingerprint, lens.id);
        return new ImportedLens(lens.arn(), "COMPLETE");
    }

    CreatedLensVersion createVersion(
            AccountRegion caller, String lensAlias, String version, boolean major, String token) {
        Lens lens = state.ownedLens(caller, lensAlias, LensCatalog::officialLensReadOnly);
        String fingerprint = ModelState.fingerprint(lens.arn(), version, Boolean.toString(major));
        Optional<String> replayed = state.tokens.replay(
                caller,
                "CreateLensVersion",
                token,
                fingerprint,
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
            throw new ServiceQuotaExceededException(
                    "A lens can have at most " + ServiceQuotas.VERSIONS_PER_LENS + " versions",
                    ServiceCodes.VERSIONS_PER_LENS,
                    lens.arn(),
                    "LENS");
        }
        Instant now = clock.now();
        lens.versions.add(new PublishedVersion(version, major, now, lens.draft));
        lens.draft = null;
        lens.updatedAt = now;
        state.tokens.remember(caller, "CreateLensVersion", token, fingerprint, version);
        return new CreatedLensVersion(lens.arn(), version);
    }

    LensDetail get(AccountRegion caller, String lensAlias, String lensVersion) {
        ModelState.LensRef ref = state.resolve(caller, lensAlias);
        if (ref.official() != null) {
            OfficialLens official = ref.official();
            if (lensVersion != null && !lensVersion.equals(official.version())) {
                throw versionNotFound(official.arn(caller.region()), lensVersion);
            }
            return new LensDetail(
                    official.arn(caller.region()),
                    official.version(),
                    official.name(),
                    official.description(),
                    "AWS",
                    null,
                    null);
        }
        Lens lens = ref.custom();
        boolean owner = lens.owner.equals(caller);
        LensShare acceptedShare = owner ? null : state.acceptedShareFor(lens, caller);
        if (!owner && (acceptedShare == null || !lens.isPublished())) {
            throw UndocumentedBehaviour.notLensOwner(lens.arn());
        }
        LensDocument document;
        String version;
        if (lensVersion != null) {
            PublishedVersion published =
                    lens.version(lensVersion).orElseThrow(() -> versionNotFound(lens.arn(), lensVersion));
            document = published.document();
            version = published.version();
        } else {
            document = lens.currentDocument();
            version = lens.latestVersion().map(PublishedVersion::version).orElse(null);
        }
        return new LensDetail(
                lens.arn(),
                version,
                document.name(),
                document.description(),
                lens.owner.accountId(),
                acceptedShare == null ? null : acceptedShare.invitationId,
                owner && !lens.tags.isEmpty() ? Map.copyOf(lens.tags) : null);
    }

    Page<LensSummary> list(
            AccountRegion caller,
            LensType type,
            LensStatusType status,
            String lensName,
            int maxResults,
            String nextToken) {
        LensStatusType wanted = status == null ? LensStatusType.ALL : status;
        List<Map.Entry<String, LensSummary>> rows = new ArrayList<>();
        if ((type == null || type == LensType.AWS_OFFICIAL) && wanted != LensStatusType.DRAFT) {
            for (int i = 0; i < OfficialLens.ALL.size(); i++) {
                OfficialLens lens = OfficialLens.ALL.get(i);
                rows.add(Map.entry(
                        "0-" + i,
                        new LensSummary(
                                lens.arn(caller.region()),
                                lens.alias(),
                                lens.name(),
                                LensType.AWS_OFFICIAL,
                                lens.description(),
                                OfficialLens.PUBLISHED_AT,
                                OfficialLens.PUBLISHED_AT,
                                lens.version(),
                                null,
                                "CURRENT")));
            }
        }
        List<Lens> custom = new ArrayList<>();
        if (type == null || type == LensType.CUSTOM_SELF) {
            for (Lens lens : state.ownedLenses(caller).values()) {
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
            for (LensShare share : state.invitationsTo(caller)) {
                if (share.recordedStatus == ShareStatus.ACCEPTED
                        && share.lens.isPublished()
                        && !custom.contains(share.lens)) {
                    custom.add(share.lens);
                }
            }
        }
        Instant now = clock.now();
        Duration delay = listingDelays.get().lenses();
        custom.removeIf(lens -> !ListingDelays.listed(lens.createdAt, delay, now));
        custom.sort(Comparator.comparingLong(lens -> lens.sequence));
        for (Lens lens : custom) {
            boolean owner = lens.owner.equals(caller);
            LensDocument document = lens.currentDocument();
            rows.add(Map.entry(
                    "1-" + Paginator.key(lens.sequence),
                    new LensSummary(
                            lens.arn(),
                            lens.arn(),
                            document.name(),
                            owner ? LensType.CUSTOM_SELF : LensType.CUSTOM_SHARED,
                            document.description(),
                            lens.createdAt,
                            lens.updatedAt,
                            lens.latestVersion().map(PublishedVersion::version).orElse(null),
                            lens.owner.accountId(),
                            "CURRENT")));
        }
        rows.removeIf(row -> lensName != null && !row.getValue().lensName().equals(lensName));
        return Paginator.page(rows, Map.Entry::getKey, Map.Entry::getValue, maxResults, nextToken);
    }

    void delete(AccountRegion caller, String lensAlias, String token, LensStatusType status) {
        Lens lens = state.ownedLens(caller, lensAlias, LensCatalog::officialLensReadOnly);
        String fingerprint = ModelState.fingerprint(lens.arn(), status.name());
        if (state.tokens
                .replay(caller, "DeleteLens", token, fingerprint, id -> true)
                .isPresent()) {
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
                    throw new ResourceNotFoundException(
                            "Lens " + lens.arn() + " has no published version", lens.arn(), "LENS");
                }
                lens.versions.clear();
                // Shares grant access to published versions only, so they go with them.
                new ArrayList<>(lens.shares.values()).forEach(state::removeShare);
            }
            case ALL -> {
                lens.draft = null;
                lens.versions.clear();
            }
        }
        if (lens.draft == null && !lens.isPublished()) {
            state.removeLens(lens);
        }
        state.tokens.remember(caller, "DeleteLens", token, fingerprint, lens.id);
    }

    void tag(AccountRegion caller, String arn, Map<String, String> tags) {
        Lens lens = taggableLens(caller, arn);
        checkTagCount(lens, tags);
        lens.tags.putAll(tags);
    }

    void untag(AccountRegion caller, String arn, List<String> tagKeys) {
        tagKeys.forEach(taggableLens(caller, arn).tags::remove);
    }

    Map<String, String> tags(AccountRegion caller, String arn) {
        return Map.copyOf(taggableLens(caller, arn).tags);
    }

    /** A custom lens made directly, published as version 1.0 unless a draft is asked for. */
    String seed(AccountRegion owner, String name, boolean published) {
        LensDocument document = LensDocument.minimal(name);
        Instant now = clock.now();
        Lens lens = state.newLens(owner, now);
        if (published) {
            lens.versions.add(new PublishedVersion(UndocumentedBehaviour.SEEDED_VERSION, true, now, document));
        } else {
            lens.draft = document;
        }
        return lens.arn();
    }

    /** Only the caller's own custom lenses are taggable; anything else is not found, the tag operations' one error. */
    private Lens taggableLens(AccountRegion caller, String arn) {
        Matcher matcher = ModelState.CUSTOM_LENS_ARN.matcher(arn);
        Lens lens = null;
        if (matcher.matches()
                && matcher.group(1).equals(caller.region())
                && matcher.group(2).equals(caller.accountId())) {
            lens = state.ownedLenses(caller).get(matcher.group(3));
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
            throw ValidationException.field(
                    "Tags", "A resource can have at most " + ServiceQuotas.TAGS_PER_RESOURCE + " tags");
        }
    }

    private static ServiceException officialLensReadOnly(String lensAlias) {
        return ValidationException.field("LensAlias", "AWS official lens " + lensAlias + " cannot be modified");
    }

    private static ResourceNotFoundException versionNotFound(String lensArn, String version) {
        return new ResourceNotFoundException("Lens " + lensArn + " has no version " + version, version, "LENS_VERSION");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
