package com.pulumi.wellarchitected;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import java.util.Objects;

/**
 * The inputs of a {@link LensShare}: which custom lens is shared, and with whom.
 */
public final class LensShareArgs extends com.pulumi.resources.ResourceArgs {

    public static final LensShareArgs Empty = new LensShareArgs();

    /**
     * The ARN of the custom lens to share, {@code arn:aws:wellarchitected:<region>:<account ID>:lens/<32 hex
     * characters>}, in the provider's Region. AWS official lenses cannot be shared. Changing it replaces the
     * share.
     */
    @Import(name = "lensAlias", required = true)
    private Output<String> lensAlias;

    /**
     * @return The ARN of the custom lens to share, {@code arn:aws:wellarchitected:<region>:<account
     *         ID>:lens/<32 hex characters>}, in the provider's Region. AWS official lenses cannot be shared.
     *         Changing it replaces the share.
     */
    public Output<String> lensAlias() {
        return this.lensAlias;
    }

    /**
     * Who the lens is shared with: a 12-digit AWS account ID, an IAM user ARN ({@code arn:aws:iam::<account
     * ID>:user/<name>}), an organization ID ({@code o-…}) or an organizational unit ID ({@code ou-…}). Changing
     * it replaces the share.
     */
    @Import(name = "sharedWith", required = true)
    private Output<String> sharedWith;

    /**
     * @return Who the lens is shared with: a 12-digit AWS account ID, an IAM user ARN ({@code
     *         arn:aws:iam::<account ID>:user/<name>}), an organization ID ({@code o-…}) or an organizational
     *         unit ID ({@code ou-…}). Changing it replaces the share.
     */
    public Output<String> sharedWith() {
        return this.sharedWith;
    }

    private LensShareArgs() {}

    private LensShareArgs(LensShareArgs $) {
        this.lensAlias = $.lensAlias;
        this.sharedWith = $.sharedWith;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(LensShareArgs defaults) {
        return new Builder(defaults);
    }

    /**
     * Builds {@link LensShareArgs}; {@link #build()} refuses to finish without both required inputs.
     */
    public static final class Builder {
        private final LensShareArgs $;

        public Builder() {
            $ = new LensShareArgs();
        }

        public Builder(LensShareArgs defaults) {
            $ = new LensShareArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param lensAlias The ARN of the custom lens to share, {@code
         *                  arn:aws:wellarchitected:<region>:<account ID>:lens/<32 hex characters>}, in the
         *                  provider's Region. AWS official lenses cannot be shared. Changing it replaces the
         *                  share.
         * @return builder
         */
        public Builder lensAlias(Output<String> lensAlias) {
            $.lensAlias = lensAlias;
            return this;
        }

        /**
         * @param lensAlias The ARN of the custom lens to share, {@code
         *                  arn:aws:wellarchitected:<region>:<account ID>:lens/<32 hex characters>}, in the
         *                  provider's Region. AWS official lenses cannot be shared. Changing it replaces the
         *                  share.
         * @return builder
         */
        public Builder lensAlias(String lensAlias) {
            return lensAlias(Output.of(lensAlias));
        }

        /**
         * @param sharedWith Who the lens is shared with: a 12-digit AWS account ID, an IAM user ARN ({@code
         *                   arn:aws:iam::<account ID>:user/<name>}), an organization ID ({@code o-…}) or an
         *                   organizational unit ID ({@code ou-…}). Changing it replaces the share.
         * @return builder
         */
        public Builder sharedWith(Output<String> sharedWith) {
            $.sharedWith = sharedWith;
            return this;
        }

        /**
         * @param sharedWith Who the lens is shared with: a 12-digit AWS account ID, an IAM user ARN ({@code
         *                   arn:aws:iam::<account ID>:user/<name>}), an organization ID ({@code o-…}) or an
         *                   organizational unit ID ({@code ou-…}). Changing it replaces the share.
         * @return builder
         */
        public Builder sharedWith(String sharedWith) {
            return sharedWith(Output.of(sharedWith));
        }

        public LensShareArgs build() {
            if ($.lensAlias == null) {
                throw new MissingRequiredPropertyException("LensShareArgs", "lensAlias");
            }
            if ($.sharedWith == null) {
                throw new MissingRequiredPropertyException("LensShareArgs", "sharedWith");
            }
            return $;
        }
    }
}
