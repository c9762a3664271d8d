package com.pulumi.wellarchitected.provider.lensshare;

import com.pulumi.wellarchitected.provider.lensshare.LensShareApi.SharePage;
import com.pulumi.wellarchitected.provider.lensshare.LensShareApi.ShareSummary;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.resource.Changes;
import com.pulumi.wellarchitected.provider.resource.Documentation;
import com.pulumi.wellarchitected.provider.resource.Field;
import com.pulumi.wellarchitected.provider.resource.Field.Kind;
import com.pulumi.wellarchitected.provider.resource.ManagedResource;
import com.pulumi.wellarchitected.provider.resource.ResourceDefinition;
import com.pulumi.wellarchitected.provider.resource.Waiter;
import java.util.List;
import java.util.Optional;

/**
 * The {@code LensShare} resource type: its declared properties, and its behaviour in {@link LensShareResource},
 * whose Check adds the idempotency token and whose Diff replaces on every change.
 */
public final class LensShareType implements ManagedResource {

    private static final String ASSOCIATING = "ASSOCIATING";

    static final ResourceDefinition DEFINITION = new ResourceDefinition(
            LensShareResource.TYPE,
            Documentation.of("LensShare"),
            List.of(
                    Field.input(
                                    LensShareResource.LENS_ALIAS,
                                    Kind.STRING,
                                    "The ARN of the custom lens to share, `" + LensArn.FORM + "`, in the provider's"
                                            + " Region. AWS official lenses cannot be shared. Changing it replaces"
                                            + " the share.")
                            .required()
                            .replaceOnChange()
                            .normalisedBy(
                                    text -> LensArn.parse(text).toString(),
                                    "give the ARN of a custom lens you own, " + LensArn.FORM + ".")
                            .describedAsOutput("The ARN of the shared custom lens, normalised."),
                    Field.input(
                                    LensShareResource.SHARED_WITH,
                                    Kind.STRING,
                                    "Who the lens is shared with: a 12-digit AWS account ID, an IAM user ARN"
                                            + " (`arn:aws:iam::<account ID>:user/<name>`), an organization ID"
                                            + " (`o-…`) or an organizational unit ID (`ou-…`). Changing it replaces"
                                            + " the share.")
                            .required()
                            .replaceOnChange()
                            .normalisedBy(text -> SharedWith.parse(text).value(), "give " + SharedWith.FORMS + ".")
                            .describedAsOutput("The account ID, IAM user ARN, organization ID or organizational unit"
                                    + " ID the lens is shared with, normalised."),
                    Field.output(
                            LensShareResource.SHARE_ID,
                            Kind.STRING,
                            "The ID of the lens share, 32 hex characters, assigned by AWS."),
                    Field.output(
                            LensShareResource.STATUS,
                            Kind.STRING,
                            "The status of the share: `PENDING` until an account or IAM user accepts it, then"
                                    + " `ACCEPTED`; `ASSOCIATING` then `ASSOCIATED` for an organization or OU."),
                    Field.output(
                                    LensShareResource.STATUS_MESSAGE,
                                    Kind.STRING,
                                    "The reason AWS gives for the status, when it gives one.")
                            .sometimesOutput(),
                    Field.output(LensShareResource.LENS_ARN, Kind.STRING, "The ARN of the shared lens.")),
            List.of(),
            // Delete before replace. A replacement normally targets another (lens, principal) pair, so the old share
            // would not conflict with the new one; but a forced replacement (`pulumi up --replace`) of the same pair
            // would hit ConflictException, and a create-first replacement on a lens already at the 300-share quota
            // would fail. Deleting first costs nothing: the old principal loses access either way.
            true);

    private final LensShareResource shares;
    private final LensShareApi api;

    public LensShareType(LensShareResource shares, LensShareApi api) {
        this.shares = shares;
        this.api = api;
    }

    @Override
    public ResourceDefinition definition() {
        return DEFINITION;
    }

    @Override
    public CheckResult check(String urn, PropertyMap olds, PropertyMap news, byte[] randomSeed) {
        return shares.check(urn, news);
    }

    @Override
    public Changes diff(PropertyMap oldOutputs, PropertyMap oldInputs, PropertyMap news) {
        return shares.diff(oldOutputs, oldInputs, news);
    }

    /**
     * Shares the lens; a share with an organization or OU is then waited for until AWS has associated it, since
     * until then the organization has no access.
     */
    @Override
    public CreateResult create(
            String urn, PropertyMap inputs, Deadline deadline, boolean preview, CreateProgress progress) {
        CreateResult created = shares.create(urn, inputs, deadline, preview, progress);
        Optional<String> status = created.outputs().text(LensShareResource.STATUS);
        if (preview || status.isEmpty()) {
            return created;
        }
        LensShareId id = LensShareId.parse(created.id());
        String sharedWith =
                created.outputs().text(LensShareResource.SHARED_WITH).orElseThrow();
        ShareSummary settled = ASSOCIATING.equals(status.get())
                ? Waiter.until(
                        () -> settled(id, sharedWith, deadline),
                        deadline,
                        "ListLensShares",
                        "lens share " + id.shareId() + " with " + sharedWith + " was still ASSOCIATING")
                : new ShareSummary(
                        id.shareId(),
                        sharedWith,
                        new ShareStatus(status.get()),
                        created.outputs().text(LensShareResource.STATUS_MESSAGE));
        if (!settled.status().isLive()) {
            throw new ApiCallException(
                    "CreateLensShare",
                    Optional.empty(),
                    "lens share " + id.shareId() + " with " + sharedWith + " is " + settled.status()
                            + settled.statusMessage()
                                    .map(message -> ": " + message)
                                    .orElse(""));
        }
        if (settled.status().name().equals(status.get())) {
            return created;
        }
        PropertyMap.Builder outputs = PropertyMap.builder();
        created.outputs().values().forEach((key, value) -> {
            if (!key.equals(LensShareResource.STATUS) && !key.equals(LensShareResource.STATUS_MESSAGE)) {
                outputs.put(key, value, created.outputs().isSecret(key));
            }
        });
        outputs.put(LensShareResource.STATUS, settled.status().name());
        settled.statusMessage().ifPresent(message -> outputs.put(LensShareResource.STATUS_MESSAGE, message));
        return new CreateResult(created.id(), outputs.build());
    }

    /** The share once it is no longer ASSOCIATING; nothing while it is, or while the listing does not show it. */
    private Optional<ShareSummary> settled(LensShareId id, String sharedWith, Deadline deadline) {
        Optional<String> next = Optional.empty();
        do {
            SharePage page = api.listLensShares(id.lens(), Optional.of(sharedWith), next, deadline);
            for (ShareSummary share : page.shares()) {
                if (share.shareId().equalsIgnoreCase(id.shareId())) {
                    return ASSOCIATING.equals(share.status().name()) ? Optional.empty() : Optional.of(share);
                }
            }
            next = page.nextToken();
        } while (next.isPresent());
        return Optional.empty();
    }

    @Override
    public ReadResult read(String urn, String id, PropertyMap oldOutputs, PropertyMap oldInputs, Deadline deadline) {
        return shares.read(urn, id, oldOutputs, oldInputs, deadline);
    }

    @Override
    public PropertyMap update(
            String urn, String id, PropertyMap oldOutputs, PropertyMap news, Deadline deadline, boolean preview) {
        throw new IllegalStateException("every input of " + LensShareResource.TYPE + " replaces the share");
    }

    @Override
    public void delete(String urn, String id, PropertyMap outputs, Deadline deadline) {
        shares.delete(urn, id, deadline);
    }
}
