package com.pulumi.wellarchitected.emulator.model;

import com.pulumi.wellarchitected.emulator.errors.ResourceNotFoundException;
import com.pulumi.wellarchitected.emulator.errors.ServiceCodes;
import com.pulumi.wellarchitected.emulator.errors.ServiceException;
import com.pulumi.wellarchitected.emulator.errors.ServiceQuotaExceededException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Everything the service holds, for all accounts and Regions, with the lookups the operations share; not thread-safe. */
final class ModelState {
    static final Pattern CUSTOM_LENS_ARN = Identifiers.CUSTOM_LENS_ARN;
    private static final Pattern OFFICIAL_LENS_ARN =
            Pattern.compile("arn:aws:wellarchitected:([a-z0-9-]+)::lens/([a-z0-9]+)");

    final Map<AccountRegion, Map<String, Lens>> lensesByOwner = new HashMap<>();
    final Map<String, LensShare> invitationsById = new HashMap<>();
    final Map<AccountRegion, Map<String, LensShare>> invitationsByRecipient = new HashMap<>();
    final Map<AccountRegion, GlobalSettings> settings = new LinkedHashMap<>();
    final ClientRequestTokens tokens;
    /** Orders lenses and shares by creation; persisted, so order survives a restart. */
    long nextSequence = 1;

    ModelState(EmulatorClock clock) {
        this.tokens = new ClientRequestTokens(clock);
    }

    void clear() {
        lensesByOwner.clear();
        invitationsById.clear();
        invitationsByRecipient.clear();
        settings.clear();
        tokens.clear();
    }

    /** A lens named by a LensAlias: exactly one of the two is set. */
    record LensRef(OfficialLens official, Lens custom) {}

    LensRef resolve(AccountRegion caller, String lensAlias) {
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
            Lens lens = lensesByOwner
                    .getOrDefault(new AccountRegion(customArn.group(2), customArn.group(1)), Map.of())
                    .get(customArn.group(3));
            if (lens != null) {
                return new LensRef(null, lens);
            }
        }
        throw new ResourceNotFoundException("Lens " + lensAlias + " not found", lensAlias, "LENS");
    }

    /** The caller's own custom lens; an official lens gets the operation's own error, another's lens AccessDenied. */
    Lens ownedLens(AccountRegion caller, String lensAlias, Function<String, ServiceException> whenOfficial) {
        LensRef ref = resolve(caller, lensAlias);
        if (ref.official() != null) {
            throw whenOfficial.apply(lensAlias);
        }
        if (!ref.custom().owner.equals(caller)) {
            throw UndocumentedBehaviour.notLensOwner(ref.custom().arn());
        }
        return ref.custom();
    }

    Lens newLens(AccountRegion owner, Instant now) {
        Map<String, Lens> owned = ownedLenses(owner);
        if (owned.size() >= ServiceQuotas.CUSTOM_LENSES_PER_REGION) {
            throw new ServiceQuotaExceededException(
                    "An account can have at most " + ServiceQuotas.CUSTOM_LENSES_PER_REGION
                            + " custom lenses per Region",
                    ServiceCodes.LENSES_PER_ACCOUNT,
                    null,
                    "LENS");
        }
        Lens lens = new Lens(ResourceIds.next(), owner, now, nextSequence++);
        owned.put(lens.id, lens);
        return lens;
    }

    Map<String, Lens> ownedLenses(AccountRegion owner) {
        return lensesByOwner.computeIfAbsent(owner, key -> new LinkedHashMap<>());
    }

    List<Lens> allLensesInOrder() {
        List<Lens> lenses = new ArrayList<>();
        lensesByOwner.values().forEach(owned -> lenses.addAll(owned.values()));
        lenses.sort(Comparator.comparingLong(lens -> lens.sequence));
        return lenses;
    }

    GlobalSettings settingsOf(AccountRegion account) {
        return settings.getOrDefault(account, GlobalSettings.DEFAULT);
    }

    /** The invitations addressed to an account in a Region, in creation order. */
    Iterable<LensShare> invitationsTo(AccountRegion recipient) {
        return invitationsByRecipient.getOrDefault(recipient, Map.of()).values();
    }

    LensShare acceptedShareFor(Lens lens, AccountRegion caller) {
        for (LensShare share : invitationsTo(caller)) {
            if (share.lens == lens && share.recordedStatus == ShareStatus.ACCEPTED) {
                return share;
            }
        }
        return null;
    }

    void addShare(LensShare share) {
        share.lens.addShare(share);
        if (share.invitationId != null) {
            invitationsById.put(share.invitationId, share);
            invitationsByRecipient
                    .computeIfAbsent(recipient(share), key -> new LinkedHashMap<>())
                    .put(share.invitationId, share);
        }
    }

    void removeShare(LensShare share) {
        share.lens.removeShare(share);
        if (share.invitationId != null) {
            invitationsById.remove(share.invitationId);
            Map<String, LensShare> received = invitationsByRecipient.get(recipient(share));
            if (received != null) {
                received.remove(share.invitationId);
            }
        }
    }

    /** Removes a lens with its shares and their invitations. */
    void removeLens(Lens lens) {
        new ArrayList<>(lens.shares.values()).forEach(this::removeShare);
        ownedLenses(lens.owner).remove(lens.id);
    }

    private static AccountRegion recipient(LensShare share) {
        return new AccountRegion(share.principal.accountId(), share.lens.owner.region());
    }

    static String lensName(Lens lens) {
        return lens.latestVersion()
                .map(v -> v.document().name())
                .orElse(lens.currentDocument().name());
    }

    static String fingerprint(String... parameters) {
        return String.join("\u0000", parameters);
    }
}
