package com.pulumi.wellarchitected.provider.lensshare;

import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.resource.Changes;
import com.pulumi.wellarchitected.provider.resource.Documentation;
import com.pulumi.wellarchitected.provider.resource.Field;
import com.pulumi.wellarchitected.provider.resource.Field.Kind;
import com.pulumi.wellarchitected.provider.resource.ManagedResource;
import com.pulumi.wellarchitected.provider.resource.ResourceDefinition;
import java.util.List;

/**
 * The {@code LensShare} resource type: its declared properties, and its behaviour in {@link LensShareResource},
 * whose Check adds the idempotency token and whose Diff replaces on every change.
 */
public final class LensShareType implements ManagedResource {

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
                            .normalisedBy(text -> LensArn.parse(text).toString(), "give " + LensArn.FORM + ".")
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
            true);

    private final LensShareResource shares;

    public LensShareType(LensShareResource shares) {
        this.shares = shares;
    }

    @Override
    public ResourceDefinition definition() {
        return DEFINITION;
    }

    @Override
    public CheckResult check(String urn, PropertyMap olds, PropertyMap news, byte[] randomSeed) {
        return shares.check(olds, news, randomSeed);
    }

    @Override
    public Changes diff(PropertyMap oldOutputs, PropertyMap oldInputs, PropertyMap news) {
        DiffResult diff = shares.diff(oldOutputs, oldInputs, news);
        return new Changes(diff.replaced(), List.of(), diff.added(), diff.deleteBeforeReplace());
    }

    @Override
    public CreateResult create(String urn, PropertyMap inputs, Deadline deadline, boolean preview) {
        return shares.create(urn, inputs, deadline, preview);
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
        shares.delete(id, deadline);
    }
}
