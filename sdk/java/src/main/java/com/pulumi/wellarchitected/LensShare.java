package com.pulumi.wellarchitected;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.wellarchitected.inputs.LensShareState;
import java.util.Optional;

/**
 * Shares a custom AWS Well-Architected Tool lens with an AWS account, an IAM user, an organization or an
 * organizational unit.
 * <p>
 * A share with an account or an IAM user is an invitation: it stays {@code PENDING} until the recipient
 * accepts it, and expires after 7 days. A share with an organization or an OU needs organization sharing
 * enabled in the lens owner's account. There is no update: changing {@code lensAlias} or {@code sharedWith}
 * replaces the share. {@code pulumi refresh} drops a share that was deleted, rejected, expired, revoked or
 * failed, so the next {@code pulumi up} shares the lens again.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * var share = new LensShare("security-lens-to-prod", LensShareArgs.builder()
 *         .lensAlias("arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef")
 *         .sharedWith("444455556666")
 *         .build());
 * ctx.export("shareId", share.shareId());
 * }</pre>
 *
 * <h2>Import</h2>
 * <p>A lens share is imported by its ID, the lens ARN and the share ID joined by {@code |}:
 * <pre>
 * $ pulumi import wellarchitected:index:LensShare security-lens-to-prod 'arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef|aaaabbbbccccddddeeeeffff00001111'
 * </pre>
 */
@ResourceType(type = "wellarchitected:index:LensShare")
public class LensShare extends com.pulumi.resources.CustomResource {

    private static final String TYPE = "wellarchitected:index:LensShare";

    /**
     * The ARN of the shared custom lens, normalised.
     */
    @Export(
            name = "lensAlias",
            refs = {String.class},
            tree = "[0]")
    private Output<String> lensAlias;

    /**
     * @return The ARN of the shared custom lens, normalised.
     */
    public Output<String> lensAlias() {
        return this.lensAlias;
    }

    /**
     * The ARN of the shared lens.
     */
    @Export(
            name = "lensArn",
            refs = {String.class},
            tree = "[0]")
    private Output<String> lensArn;

    /**
     * @return The ARN of the shared lens.
     */
    public Output<String> lensArn() {
        return this.lensArn;
    }

    /**
     * The ID of the lens share, 32 hex characters, assigned by AWS.
     */
    @Export(
            name = "shareId",
            refs = {String.class},
            tree = "[0]")
    private Output<String> shareId;

    /**
     * @return The ID of the lens share, 32 hex characters, assigned by AWS.
     */
    public Output<String> shareId() {
        return this.shareId;
    }

    /**
     * The account ID, IAM user ARN, organization ID or organizational unit ID the lens is shared with,
     * normalised.
     */
    @Export(
            name = "sharedWith",
            refs = {String.class},
            tree = "[0]")
    private Output<String> sharedWith;

    /**
     * @return The account ID, IAM user ARN, organization ID or organizational unit ID the lens is shared with,
     *         normalised.
     */
    public Output<String> sharedWith() {
        return this.sharedWith;
    }

    /**
     * The status of the share: {@code PENDING} until an account or IAM user accepts it, then {@code ACCEPTED};
     * {@code ASSOCIATING} then {@code ASSOCIATED} for an organization or OU.
     */
    @Export(
            name = "status",
            refs = {String.class},
            tree = "[0]")
    private Output<String> status;

    /**
     * @return The status of the share: {@code PENDING} until an account or IAM user accepts it, then {@code
     *         ACCEPTED}; {@code ASSOCIATING} then {@code ASSOCIATED} for an organization or OU.
     */
    public Output<String> status() {
        return this.status;
    }

    /**
     * The reason AWS gives for the status, when it gives one.
     */
    @Export(
            name = "statusMessage",
            refs = {String.class},
            tree = "[0]")
    private Output<String> statusMessage;

    /**
     * @return The reason AWS gives for the status, when it gives one.
     */
    public Output<Optional<String>> statusMessage() {
        return Codegen.optional(this.statusMessage);
    }

    /**
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     */
    public LensShare(String name, LensShareArgs args) {
        this(name, args, null);
    }

    /**
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param options A bag of options that control this resource's behavior; may be null.
     */
    public LensShare(String name, LensShareArgs args, CustomResourceOptions options) {
        super(TYPE, name, makeArgs(args, options), makeResourceOptions(options, Codegen.empty()), false);
    }

    private LensShare(String name, Output<String> id, LensShareState state, CustomResourceOptions options) {
        super(TYPE, name, state, makeResourceOptions(options, id), false);
    }

    private static LensShareArgs makeArgs(LensShareArgs args, CustomResourceOptions options) {
        // A resource rehydrated from its URN takes its properties from the engine, not from args.
        if (options != null && options.getUrn().isPresent()) {
            return null;
        }
        return args == null ? LensShareArgs.Empty : args;
    }

    private static CustomResourceOptions makeResourceOptions(CustomResourceOptions options, Output<String> id) {
        var defaultOptions =
                CustomResourceOptions.builder().version(Utilities.getVersion()).build();
        return CustomResourceOptions.merge(defaultOptions, options, id);
    }

    /**
     * Get an existing LensShare resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup: {@code <lensAlias>|<shareId>}.
     * @param state Known properties of the share; may be null.
     * @param options Optional settings to control the behavior of the CustomResource; may be null.
     * @return the share as the provider reads it
     */
    public static LensShare get(String name, Output<String> id, LensShareState state, CustomResourceOptions options) {
        return new LensShare(name, id, state, options);
    }
}
