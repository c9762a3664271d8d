package com.pulumi.wellarchitected.provider.lensshare;

import com.pulumi.wellarchitected.provider.lensshare.LensShareApi.SharePage;
import com.pulumi.wellarchitected.provider.lensshare.LensShareApi.ShareSummary;
import com.pulumi.wellarchitected.provider.property.CheckFailure;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import com.pulumi.wellarchitected.provider.resource.Changes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code wellarchitected:index:LensShare} resource: check, diff, create, read and delete of one lens share. */
public final class LensShareResource {

    public static final String TYPE = "wellarchitected:index:LensShare";

    public static final String LENS_ALIAS = "lensAlias";
    public static final String SHARED_WITH = "sharedWith";
    public static final String SHARE_ID = "shareId";
    public static final String STATUS = "status";
    public static final String STATUS_MESSAGE = "statusMessage";
    public static final String LENS_ARN = "lensArn";
    /**
     * Where Check keeps the idempotency token of the share: in the inputs, so that the state carries it from one
     * run to the next, but not in the schema, since the user has nothing to say about it.
     */
    public static final String CLIENT_REQUEST_TOKEN = "__clientRequestToken";

    // A token replays a deleted share at most once per deletion; three attempts leave room for a second replay.
    private static final int MAX_CREATE_ATTEMPTS = 3;

    private final Optional<String> region;
    private final LensShareApi api;
    private final UserLog log;

    /**
     * @param region the provider's Region, when configured: a lens can only be shared in its own Region
     */
    public LensShareResource(Optional<String> region, LensShareApi api, UserLog log) {
        this.region = region;
        this.api = api;
        this.log = log;
    }

    /**
     * Validates and normalises the inputs, letting unknown values through, and keeps the share's idempotency token:
     * the old one while the inputs name the same share, else one derived from the engine's random seed.
     */
    public CheckResult check(PropertyMap olds, PropertyMap news, byte[] randomSeed) {
        List<CheckFailure> failures = new ArrayList<>();
        // Each input's own rules are declared in LensShareType; the Region is this provider's.
        CheckResult declared = LensShareType.DEFINITION.check(news);
        failures.addAll(declared.failures());
        Optional<PropertyValue> lensAlias = declared.inputs().get(LENS_ALIAS);
        Optional<PropertyValue> sharedWith = declared.inputs().get(SHARED_WITH);
        if (lensAlias.orElse(null) instanceof PropertyValue.Text lens) {
            try {
                lensInRegion(lens.value());
            } catch (InvalidValueException e) {
                failures.add(new CheckFailure(LENS_ALIAS, e.getMessage()));
            }
        }
        if (failures.isEmpty()
                && lensAlias.get() instanceof PropertyValue.Text lens
                && sharedWith.get() instanceof PropertyValue.Text principal
                && LensArn.parse(lens.value()).accountId().equals(principal.value())) {
            failures.add(new CheckFailure(
                    SHARED_WITH,
                    "a lens cannot be shared with the account that owns it: give "
                            + "another account, or an IAM user, organization or organizational unit."));
        }
        if (!failures.isEmpty()) {
            return CheckResult.refused(failures);
        }
        String token = olds.text(CLIENT_REQUEST_TOKEN)
                .filter(old -> sameShare(olds, lensAlias.orElseThrow(), sharedWith.orElseThrow()))
                .orElseGet(() -> ClientRequestToken.fromSeed(randomSeed));
        return CheckResult.accepted(PropertyMap.builder()
                .put(LENS_ALIAS, lensAlias.orElseThrow(), news.isSecret(LENS_ALIAS))
                .put(SHARED_WITH, sharedWith.orElseThrow(), news.isSecret(SHARED_WITH))
                .put(CLIENT_REQUEST_TOKEN, token)
                .build());
    }

    /**
     * Compares the normalised inputs with the old ones: any change replaces the share, since there is no
     * UpdateLensShare, and a change of spelling alone is no change.
     */
    public DiffResult diff(PropertyMap oldOutputs, PropertyMap oldInputs, PropertyMap news) {
        Changes changes = LensShareType.DEFINITION.diff(oldOutputs, oldInputs, news);
        return new DiffResult(changes.replaced(), changes.added(), changes.deleteBeforeReplace());
    }

    /**
     * Shares the lens. A preview calls nothing and leaves the share's ID and status unknown. The share's ID is
     * logged as soon as CreateLensShare returns, so that a crash after it still leaves the ID visible.
     */
    public CreateResult create(String urn, PropertyMap inputs, Deadline deadline, boolean preview) {
        if (preview) {
            return new CreateResult("", previewOutputs(inputs));
        }
        LensArn lens = LensArn.parse(requiredText(inputs, LENS_ALIAS));
        SharedWith sharedWith = SharedWith.parse(requiredText(inputs, SHARED_WITH));
        String token = inputs.text(CLIENT_REQUEST_TOKEN).orElseGet(() -> ClientRequestToken.fromSeed(new byte[0]));
        for (int attempt = 1; ; attempt++) {
            LensShareId id = new LensShareId(lens, createShare(urn, lens, sharedWith, token, deadline));
            log.info(urn, "created lens share " + id.shareId() + " (" + id + ")");
            Optional<ShareSummary> share;
            try {
                share = findShare(lens, Optional.of(sharedWith.value()), id.shareId(), deadline);
            } catch (ApiCallException e) {
                throw new PartialCreateException(
                        id.toString(),
                        outputs(inputs, id, sharedWith.value(), Optional.empty()),
                        "created lens share " + id + " but could not read its status: " + e.getMessage());
            }
            if (share.isPresent()) {
                return new CreateResult(id.toString(), outputs(inputs, id, sharedWith.value(), share));
            }
            // The token replayed a share that has since been deleted (a replacement of the same share): AWS
            // answered with the old share's ID. A token derived from this one creates the share anew.
            if (attempt == MAX_CREATE_ATTEMPTS) {
                throw new ApiCallException(
                        "CreateLensShare",
                        Optional.empty(),
                        "CreateLensShare returned share "
                                + id.shareId() + ", which ListLensShares does not list, " + attempt
                                + " times with successive tokens");
            }
            log.info(urn, "lens share " + id.shareId() + " no longer exists; sharing the lens again");
            token = ClientRequestToken.next(token);
        }
    }

    /**
     * Reads the live share. For a refresh, the old inputs name the principal and ListLensShares is filtered to it,
     * so one page finds the share however many shares the lens has; an import has only the ID and pages through
     * all the lens's shares. A share that is gone or no longer gives access reads as nothing.
     */
    public ReadResult read(String urn, String id, PropertyMap oldOutputs, PropertyMap oldInputs, Deadline deadline) {
        LensShareId shareId = LensShareId.parse(id);
        Optional<String> principal = oldInputs
                .text(SHARED_WITH)
                .or(() -> oldOutputs.text(SHARED_WITH))
                .flatMap(text -> normalised(SHARED_WITH, text));
        Optional<ShareSummary> share;
        try {
            share = findShare(shareId.lens(), principal, shareId.shareId(), deadline);
        } catch (ApiCallException e) {
            if (e.isNotFound()) {
                return ReadResult.gone();
            }
            throw e;
        }
        if (share.isEmpty()) {
            return ReadResult.gone();
        }
        if (!share.get().status().isLive()) {
            log.info(
                    urn,
                    "lens share " + shareId.shareId() + " is " + share.get().status()
                            + " and no longer gives access: the next update shares the lens again");
            return ReadResult.gone();
        }
        String sharedWith = normalised(SHARED_WITH, share.get().sharedWith())
                .orElse(share.get().sharedWith());
        PropertyMap inputs = oldInputs.isEmpty()
                ? PropertyMap.builder()
                        .put(LENS_ALIAS, shareId.lens().toString())
                        .put(SHARED_WITH, sharedWith)
                        .build()
                : oldInputs;
        return new ReadResult(Optional.of(shareId.toString()), outputs(inputs, shareId, sharedWith, share), inputs);
    }

    /** Withdraws the share; a share that is already gone counts as deleted. */
    public void delete(String id, Deadline deadline) {
        LensShareId shareId = LensShareId.parse(id);
        try {
            api.deleteLensShare(shareId.lens(), shareId.shareId(), ClientRequestToken.forDelete(shareId), deadline);
        } catch (ApiCallException e) {
            if (!e.isNotFound()) {
                throw e;
            }
        }
    }

    private String createShare(String urn, LensArn lens, SharedWith sharedWith, String token, Deadline deadline) {
        try {
            return api.createLensShare(lens, sharedWith, token, deadline);
        } catch (ApiCallException e) {
            if (!e.isConflict()) {
                throw e;
            }
            Optional<ShareSummary> existing = liveShareWith(lens, sharedWith, deadline);
            if (existing.isEmpty()) {
                throw e;
            }
            String id = "'" + new LensShareId(lens, existing.get().shareId()) + "'";
            throw new ApiCallException(
                    e.operation(),
                    e.errorCode(),
                    e.getMessage() + ". The lens is already shared with "
                            + sharedWith + " by share " + existing.get().shareId()
                            + "; to manage that share with Pulumi, run "
                            + "`pulumi import " + TYPE + " " + resourceName(urn) + " " + id + "`");
        }
    }

    private Optional<ShareSummary> liveShareWith(LensArn lens, SharedWith sharedWith, Deadline deadline) {
        try {
            Optional<String> next = Optional.empty();
            do {
                SharePage page = api.listLensShares(lens, Optional.of(sharedWith.value()), next, deadline);
                for (ShareSummary share : page.shares()) {
                    if (share.status().isLive()
                            && normalised(SHARED_WITH, share.sharedWith())
                                    .filter(sharedWith.value()::equals)
                                    .isPresent()) {
                        return Optional.of(share);
                    }
                }
                next = page.nextToken();
            } while (next.isPresent());
            return Optional.empty();
        } catch (ApiCallException e) {
            // The conflict is the error to report; failing to name the existing share must not hide it.
            return Optional.empty();
        }
    }

    private Optional<ShareSummary> findShare(
            LensArn lens, Optional<String> sharedWithPrefix, String shareId, Deadline deadline) {
        Optional<String> next = Optional.empty();
        do {
            SharePage page = api.listLensShares(lens, sharedWithPrefix, next, deadline);
            for (ShareSummary share : page.shares()) {
                if (share.shareId().equalsIgnoreCase(shareId)) {
                    return Optional.of(share);
                }
            }
            next = page.nextToken();
        } while (next.isPresent());
        return Optional.empty();
    }

    private String lensInRegion(String text) {
        LensArn lens = LensArn.parse(text);
        if (region.isPresent() && !region.get().equals(lens.region())) {
            throw new InvalidValueException("the lens is in Region " + lens.region()
                    + " but this provider is configured for Region " + region.get()
                    + ": a lens can only be shared in its own Region, so use a provider for " + lens.region() + ".");
        }
        return lens.toString();
    }

    private static boolean sameShare(PropertyMap olds, PropertyValue lensAlias, PropertyValue sharedWith) {
        return olds.text(LENS_ALIAS)
                        .map(old -> sameValue(LENS_ALIAS, old, lensAlias))
                        .orElse(false)
                && olds.text(SHARED_WITH)
                        .map(old -> sameValue(SHARED_WITH, old, sharedWith))
                        .orElse(false);
    }

    private static boolean sameValue(String key, String old, PropertyValue now) {
        if (!(now instanceof PropertyValue.Text text)) {
            return false;
        }
        return normalised(key, old)
                .orElse(old.trim())
                .equals(normalised(key, text.value()).orElse(text.value().trim()));
    }

    private static Optional<String> normalised(String key, String text) {
        try {
            return Optional.of(
                    key.equals(LENS_ALIAS)
                            ? LensArn.parse(text).toString()
                            : SharedWith.parse(text).value());
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private static String requiredText(PropertyMap inputs, String key) {
        return inputs.text(key).orElseThrow(() -> new InvalidValueException(key + " must be a known string"));
    }

    private static PropertyMap previewOutputs(PropertyMap inputs) {
        PropertyValue lensAlias = inputs.get(LENS_ALIAS).orElse(PropertyValue.UNKNOWN);
        boolean lensSecret = inputs.isSecret(LENS_ALIAS);
        return PropertyMap.builder()
                .put(LENS_ALIAS, lensAlias, lensSecret)
                .put(SHARED_WITH, inputs.get(SHARED_WITH).orElse(PropertyValue.UNKNOWN), inputs.isSecret(SHARED_WITH))
                .put(SHARE_ID, PropertyValue.UNKNOWN)
                .put(STATUS, PropertyValue.UNKNOWN)
                .put(STATUS_MESSAGE, PropertyValue.UNKNOWN)
                .put(LENS_ARN, lensAlias, lensSecret)
                .build();
    }

    private static PropertyMap outputs(
            PropertyMap inputs, LensShareId id, String sharedWith, Optional<ShareSummary> share) {
        boolean lensSecret = inputs.isSecret(LENS_ALIAS);
        PropertyMap.Builder outputs = PropertyMap.builder()
                .put(LENS_ALIAS, PropertyValue.text(id.lens().toString()), lensSecret)
                .put(SHARED_WITH, PropertyValue.text(sharedWith), inputs.isSecret(SHARED_WITH))
                .put(SHARE_ID, id.shareId());
        share.ifPresent(s -> outputs.put(STATUS, s.status().name()));
        share.flatMap(ShareSummary::statusMessage).ifPresent(message -> outputs.put(STATUS_MESSAGE, message));
        return outputs.put(LENS_ARN, PropertyValue.text(id.lens().toString()), lensSecret)
                .build();
    }

    private static String resourceName(String urn) {
        int separator = urn.lastIndexOf("::");
        return separator < 0 ? urn : urn.substring(separator + 2);
    }
}
