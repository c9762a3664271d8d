package com.pulumi.wellarchitected.provider.lensshare;

import com.pulumi.wellarchitected.provider.lensshare.LensShareApi.SharePage;
import com.pulumi.wellarchitected.provider.lensshare.LensShareApi.ShareSummary;
import com.pulumi.wellarchitected.provider.property.CheckFailure;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import com.pulumi.wellarchitected.provider.resource.Changes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    // A rejected, expired or revoked share (and, should AWS replay the tokens of deleted shares, each deletion) moves a
    // resource's token on by one generation, and every create walks the generations from the first: ten bound the
    // walk while leaving room for a long history.
    private static final int MAX_CREATE_ATTEMPTS = 10;
    // Longer than any listing delay the provider is built to ride out (30 s) with room to spare: a share missing
    // from the listing for longer is taken for a deleted share its token replayed (see create).
    static final Duration LISTING_SETTLE_TIME = Duration.ofSeconds(45);
    private static final Duration FIRST_LISTING_POLL = Duration.ofMillis(100);
    private static final Duration LAST_LISTING_POLL = Duration.ofSeconds(2);

    private final Optional<String> region;
    private final LensShareApi api;
    private final UserLog log;
    private final Duration listingSettleTime;
    // The share each resource's create returned in this provider process, by URN (see delete).
    private final Map<String, String> createdThisRun = new ConcurrentHashMap<>();

    /**
     * @param region the provider's Region, when configured: a lens can only be shared in its own Region
     */
    public LensShareResource(Optional<String> region, LensShareApi api, UserLog log) {
        this(region, api, log, LISTING_SETTLE_TIME);
    }

    /** @param listingSettleTime how long a new share may stay missing from ListLensShares */
    LensShareResource(Optional<String> region, LensShareApi api, UserLog log, Duration listingSettleTime) {
        this.region = region;
        this.api = api;
        this.log = log;
        this.listingSettleTime = listingSettleTime;
    }

    /**
     * Validates and normalises the inputs, letting unknown values through, and adds the share's idempotency token,
     * derived from the URN and the normalised inputs once both are known.
     */
    public CheckResult check(String urn, PropertyMap news) {
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
        PropertyMap.Builder inputs = PropertyMap.builder()
                .put(LENS_ALIAS, lensAlias.orElseThrow(), news.isSecret(LENS_ALIAS))
                .put(SHARED_WITH, sharedWith.orElseThrow(), news.isSecret(SHARED_WITH));
        if (lensAlias.get() instanceof PropertyValue.Text lens && sharedWith.get() instanceof PropertyValue.Text with) {
            inputs.put(
                    CLIENT_REQUEST_TOKEN,
                    ClientRequestToken.forShare(urn, LensArn.parse(lens.value()), SharedWith.parse(with.value())));
        }
        return CheckResult.accepted(inputs.build());
    }

    /**
     * Compares the normalised inputs with the old ones: any change replaces the share, since there is no
     * UpdateLensShare, and a change of spelling alone is no change.
     */
    public Changes diff(PropertyMap oldOutputs, PropertyMap oldInputs, PropertyMap news) {
        return LensShareType.DEFINITION.diff(oldOutputs, oldInputs, news);
    }

    /**
     * Shares the lens. A preview calls nothing and leaves the share's ID and status unknown. The share's ID is
     * logged as soon as CreateLensShare returns, so that a crash after it still leaves the ID visible, and handed to
     * {@code progress}, so that a create cancelled after it still reports the share.
     */
    public CreateResult create(
            String urn, PropertyMap inputs, Deadline deadline, boolean preview, CreateProgress progress) {
        if (preview) {
            return new CreateResult("", previewOutputs(inputs));
        }
        LensArn lens = LensArn.parse(requiredText(inputs, LENS_ALIAS));
        SharedWith sharedWith = SharedWith.parse(requiredText(inputs, SHARED_WITH));
        String token =
                inputs.text(CLIENT_REQUEST_TOKEN).orElseGet(() -> ClientRequestToken.forShare(urn, lens, sharedWith));
        for (int attempt = 1; ; attempt++) {
            LensShareId id = new LensShareId(lens, createShare(urn, lens, sharedWith, token, deadline));
            PropertyMap made = outputs(inputs, id, sharedWith.value(), Optional.empty());
            progress.shareMade(id.toString(), made);
            // The listing wait overlaps the engine's round trip; the message is delivered before Create answers.
            UserLog.Delivery logged = log.infoInBackground(urn, "created lens share " + id.shareId() + " (" + id + ")");
            Optional<ShareSummary> share;
            try {
                share = awaitListed(id, sharedWith, made, deadline);
            } finally {
                logged.await();
            }
            if (share.isPresent() && share.get().status().isLive()) {
                createdThisRun.put(urn, id.toString());
                return new CreateResult(id.toString(), outputs(inputs, id, sharedWith.value(), share));
            }
            if (attempt == MAX_CREATE_ATTEMPTS) {
                throw new ApiCallException(
                        "CreateLensShare",
                        Optional.empty(),
                        "CreateLensShare returned share " + id.shareId() + ", which gives no access or is not listed, "
                                + attempt + " times with successive tokens");
            }
            if (share.isPresent()) {
                // The token replayed a share the recipient rejected or that expired or was revoked: it still exists
                // but gives no access, so the next generation's token shares the lens anew.
                log.info(
                        urn,
                        "lens share " + id.shareId() + " is " + share.get().status()
                                + " and gives no access; sharing the lens again");
                token = ClientRequestToken.next(token);
                continue;
            }
            // The token is the same for every share this resource ever declares with these inputs, so after a
            // forced replacement, a destroy or an out-of-band delete it is sent again for a share that was deleted.
            // The emulator then counts it as fresh and makes a new share, which the wait above finds. AWS documents
            // only that "the result of the original request is returned": it may answer with the deleted share's
            // ID, which is never listed. Not listed is also what a new share looks like while the listing lags, so
            // only once the settle time has passed is the share taken for a deleted one and the token moved on to
            // the next generation; earlier, a second create would make a second share beside the first.
            log.info(
                    urn,
                    "lens share " + id.shareId() + " is still not listed after " + listingSettleTime.toMillis() / 1000.0
                            + " s: its token named a deleted share; sharing the lens again");
            token = ClientRequestToken.next(token);
        }
    }

    /**
     * Waits until ListLensShares lists the share just made, polling with backoff. Listings are eventually
     * consistent, so a new share may be missing from them for a while; gives up (empty) after the settle time.
     * Running out of time or being cancelled keeps the share: the engine gets its ID.
     */
    private Optional<ShareSummary> awaitListed(
            LensShareId id, SharedWith sharedWith, PropertyMap made, Deadline deadline) {
        long start = System.nanoTime();
        Duration pause = FIRST_LISTING_POLL;
        while (true) {
            Optional<ShareSummary> share;
            try {
                share = findShare(id.lens(), Optional.of(sharedWith.value()), id.shareId(), deadline);
            } catch (ApiCallException e) {
                throw new PartialCreateException(
                        id.toString(),
                        made,
                        "created lens share " + id + " but could not read its status: " + e.getMessage());
            }
            if (share.isPresent()) {
                return share;
            }
            if (System.nanoTime() - start >= listingSettleTime.toNanos()) {
                return Optional.empty();
            }
            if (!deadline.leaves(pause)) {
                throw new PartialCreateException(
                        id.toString(),
                        made,
                        "created lens share " + id + " but ListLensShares did not list it within the "
                                + deadline.timeout().orElseThrow().toMillis() / 1000.0 + " s timeout");
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PartialCreateException(
                        id.toString(),
                        made,
                        "created lens share " + id + " but was cancelled while waiting for ListLensShares to list it");
            }
            pause = pause.multipliedBy(2);
            if (pause.compareTo(LAST_LISTING_POLL) > 0) {
                pause = LAST_LISTING_POLL;
            }
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

    /**
     * Withdraws the share; a share that is already gone counts as deleted. A share this provider has just returned
     * as the same resource's replacement is kept.
     */
    public void delete(String urn, String id, Deadline deadline) {
        LensShareId shareId = LensShareId.parse(id);
        if (createdThisRun.remove(urn, shareId.toString())) {
            // `pulumi up --replace` creates the replacement before it deletes the old share, without asking Diff
            // and without old inputs to Check: the replacement's create cannot tell itself from the rerun after a
            // crash, and its token, the same for the same resource and inputs, returned the old share. That share
            // is now the replacement as well, so deleting it would leave the stack holding a deleted share.
            log.info(
                    urn,
                    "lens share " + shareId.shareId() + " is also this resource's replacement, so it is kept; to share "
                            + "the lens anew, set the resource option deleteBeforeReplace");
            return;
        }
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
            Optional<ShareSummary> existing;
            try {
                existing = liveShareWith(lens, sharedWith, deadline);
            } catch (ApiCallException unnamed) {
                // The conflict is the error to report; failing to name the existing share must not hide it.
                throw e;
            }
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
