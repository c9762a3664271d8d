package com.pulumi.wellarchitected.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;

/**
 * Known properties of an existing lens share, passed to {@link com.pulumi.wellarchitected.LensShare#get} to
 * qualify the lookup.
 */
public final class LensShareState extends com.pulumi.resources.ResourceArgs {

    public static final LensShareState Empty = new LensShareState();

    /**
     * The ARN of the shared custom lens, normalised.
     */
    @Import(name = "lensAlias")
    private Output<String> lensAlias;

    /**
     * @return The ARN of the shared custom lens, normalised.
     */
    public Optional<Output<String>> lensAlias() {
        return Optional.ofNullable(this.lensAlias);
    }

    /**
     * The ARN of the shared lens.
     */
    @Import(name = "lensArn")
    private Output<String> lensArn;

    /**
     * @return The ARN of the shared lens.
     */
    public Optional<Output<String>> lensArn() {
        return Optional.ofNullable(this.lensArn);
    }

    /**
     * The ID of the lens share, 32 hex characters, assigned by AWS.
     */
    @Import(name = "shareId")
    private Output<String> shareId;

    /**
     * @return The ID of the lens share, 32 hex characters, assigned by AWS.
     */
    public Optional<Output<String>> shareId() {
        return Optional.ofNullable(this.shareId);
    }

    /**
     * The account ID, IAM user ARN, organization ID or organizational unit ID the lens is shared with,
     * normalised.
     */
    @Import(name = "sharedWith")
    private Output<String> sharedWith;

    /**
     * @return The account ID, IAM user ARN, organization ID or organizational unit ID the lens is shared with,
     *         normalised.
     */
    public Optional<Output<String>> sharedWith() {
        return Optional.ofNullable(this.sharedWith);
    }

    /**
     * The status of the share: {@code PENDING} until an account or IAM user accepts it, then {@code ACCEPTED};
     * {@code ASSOCIATING} then {@code ASSOCIATED} for an organization or OU.
     */
    @Import(name = "status")
    private Output<String> status;

    /**
     * @return The status of the share: {@code PENDING} until an account or IAM user accepts it, then {@code
     *         ACCEPTED}; {@code ASSOCIATING} then {@code ASSOCIATED} for an organization or OU.
     */
    public Optional<Output<String>> status() {
        return Optional.ofNullable(this.status);
    }

    /**
     * The reason AWS gives for the status, when it gives one.
     */
    @Import(name = "statusMessage")
    private Output<String> statusMessage;

    /**
     * @return The reason AWS gives for the status, when it gives one.
     */
    public Optional<Output<String>> statusMessage() {
        return Optional.ofNullable(this.statusMessage);
    }

    private LensShareState() {}

    private LensShareState(LensShareState $) {
        this.lensAlias = $.lensAlias;
        this.lensArn = $.lensArn;
        this.shareId = $.shareId;
        this.sharedWith = $.sharedWith;
        this.status = $.status;
        this.statusMessage = $.statusMessage;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(LensShareState defaults) {
        return new Builder(defaults);
    }

    /**
     * Builds {@link LensShareState}; every property is optional.
     */
    public static final class Builder {
        private final LensShareState $;

        public Builder() {
            $ = new LensShareState();
        }

        public Builder(LensShareState defaults) {
            $ = new LensShareState(Objects.requireNonNull(defaults));
        }

        /**
         * @param lensAlias The ARN of the shared custom lens, normalised.
         * @return builder
         */
        public Builder lensAlias(Output<String> lensAlias) {
            $.lensAlias = lensAlias;
            return this;
        }

        /**
         * @param lensAlias The ARN of the shared custom lens, normalised.
         * @return builder
         */
        public Builder lensAlias(String lensAlias) {
            return lensAlias(Output.of(lensAlias));
        }

        /**
         * @param lensArn The ARN of the shared lens.
         * @return builder
         */
        public Builder lensArn(Output<String> lensArn) {
            $.lensArn = lensArn;
            return this;
        }

        /**
         * @param lensArn The ARN of the shared lens.
         * @return builder
         */
        public Builder lensArn(String lensArn) {
            return lensArn(Output.of(lensArn));
        }

        /**
         * @param shareId The ID of the lens share, 32 hex characters, assigned by AWS.
         * @return builder
         */
        public Builder shareId(Output<String> shareId) {
            $.shareId = shareId;
            return this;
        }

        /**
         * @param shareId The ID of the lens share, 32 hex characters, assigned by AWS.
         * @return builder
         */
        public Builder shareId(String shareId) {
            return shareId(Output.of(shareId));
        }

        /**
         * @param sharedWith The account ID, IAM user ARN, organization ID or organizational unit ID the lens is
         *                   shared with, normalised.
         * @return builder
         */
        public Builder sharedWith(Output<String> sharedWith) {
            $.sharedWith = sharedWith;
            return this;
        }

        /**
         * @param sharedWith The account ID, IAM user ARN, organization ID or organizational unit ID the lens is
         *                   shared with, normalised.
         * @return builder
         */
        public Builder sharedWith(String sharedWith) {
            return sharedWith(Output.of(sharedWith));
        }

        /**
         * @param status The status of the share: {@code PENDING} until an account or IAM user accepts it, then
         *               {@code ACCEPTED}; {@code ASSOCIATING} then {@code ASSOCIATED} for an organization or
         *               OU.
         * @return builder
         */
        public Builder status(Output<String> status) {
            $.status = status;
            return this;
        }

        /**
         * @param status The status of the share: {@code PENDING} until an account or IAM user accepts it, then
         *               {@code ACCEPTED}; {@code ASSOCIATING} then {@code ASSOCIATED} for an organization or
         *               OU.
         * @return builder
         */
        public Builder status(String status) {
            return status(Output.of(status));
        }

        /**
         * @param statusMessage The reason AWS gives for the status, when it gives one.
         * @return builder
         */
        public Builder statusMessage(Output<String> statusMessage) {
            $.statusMessage = statusMessage;
            return this;
        }

        /**
         * @param statusMessage The reason AWS gives for the status, when it gives one.
         * @return builder
         */
        public Builder statusMessage(String statusMessage) {
            return statusMessage(Output.of(statusMessage));
        }

        public LensShareState build() {
            return $;
        }
    }
}
