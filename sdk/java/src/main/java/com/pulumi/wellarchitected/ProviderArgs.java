package com.pulumi.wellarchitected;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of an explicit {@link Provider}; each one left unset falls back to the usual {@code AWS_*}
 * environment variables and AWS configuration files.
 */
public final class ProviderArgs extends com.pulumi.resources.ResourceArgs {

    public static final ProviderArgs Empty = new ProviderArgs();

    /**
     * The AWS access key ID. Falls back to {@code AWS_ACCESS_KEY_ID}, then the profile and the default
     * credential chain.
     */
    @Import(name = "accessKey")
    private Output<String> accessKey;

    /**
     * @return The AWS access key ID. Falls back to {@code AWS_ACCESS_KEY_ID}, then the profile and the default
     *         credential chain.
     */
    public Optional<Output<String>> accessKey() {
        return Optional.ofNullable(this.accessKey);
    }

    /**
     * The Well-Architected API endpoint URL, for example a local emulator {@code http://127.0.0.1:4599}. Falls
     * back to {@code AWS_ENDPOINT_URL_WELLARCHITECTED}, then {@code AWS_ENDPOINT_URL}, then the AWS endpoint of
     * the Region.
     */
    @Import(name = "endpoint")
    private Output<String> endpoint;

    /**
     * @return The Well-Architected API endpoint URL, for example a local emulator {@code
     *         http://127.0.0.1:4599}. Falls back to {@code AWS_ENDPOINT_URL_WELLARCHITECTED}, then {@code
     *         AWS_ENDPOINT_URL}, then the AWS endpoint of the Region.
     */
    public Optional<Output<String>> endpoint() {
        return Optional.ofNullable(this.endpoint);
    }

    /**
     * How many times a throttled or failed (5xx) API call is retried, with exponential backoff and jitter,
     * before the operation fails. Defaults to 10.
     */
    @Import(name = "maxRetries", json = true)
    private Output<Integer> maxRetries;

    /**
     * @return How many times a throttled or failed (5xx) API call is retried, with exponential backoff and
     *         jitter, before the operation fails. Defaults to 10.
     */
    public Optional<Output<Integer>> maxRetries() {
        return Optional.ofNullable(this.maxRetries);
    }

    /**
     * The AWS shared-configuration profile whose credentials and Region are used. Falls back to {@code
     * AWS_PROFILE}.
     */
    @Import(name = "profile")
    private Output<String> profile;

    /**
     * @return The AWS shared-configuration profile whose credentials and Region are used. Falls back to {@code
     *         AWS_PROFILE}.
     */
    public Optional<Output<String>> profile() {
        return Optional.ofNullable(this.profile);
    }

    /**
     * The AWS Region of the lenses to share, such as {@code us-east-1}. Falls back to {@code AWS_REGION},
     * {@code AWS_DEFAULT_REGION}, then the region of the AWS profile.
     */
    @Import(name = "region")
    private Output<String> region;

    /**
     * @return The AWS Region of the lenses to share, such as {@code us-east-1}. Falls back to {@code
     *         AWS_REGION}, {@code AWS_DEFAULT_REGION}, then the region of the AWS profile.
     */
    public Optional<Output<String>> region() {
        return Optional.ofNullable(this.region);
    }

    /**
     * The AWS secret access key that goes with {@code accessKey}. Falls back to {@code AWS_SECRET_ACCESS_KEY}.
     */
    @Import(name = "secretKey")
    private Output<String> secretKey;

    /**
     * @return The AWS secret access key that goes with {@code accessKey}. Falls back to {@code
     *         AWS_SECRET_ACCESS_KEY}.
     */
    public Optional<Output<String>> secretKey() {
        return Optional.ofNullable(this.secretKey);
    }

    /**
     * The AWS session token of temporary credentials, used with {@code accessKey} and {@code secretKey}. Falls
     * back to {@code AWS_SESSION_TOKEN}.
     */
    @Import(name = "token")
    private Output<String> token;

    /**
     * @return The AWS session token of temporary credentials, used with {@code accessKey} and {@code
     *         secretKey}. Falls back to {@code AWS_SESSION_TOKEN}.
     */
    public Optional<Output<String>> token() {
        return Optional.ofNullable(this.token);
    }

    private ProviderArgs() {}

    private ProviderArgs(ProviderArgs $) {
        this.accessKey = $.accessKey;
        this.endpoint = $.endpoint;
        this.maxRetries = $.maxRetries;
        this.profile = $.profile;
        this.region = $.region;
        this.secretKey = $.secretKey;
        this.token = $.token;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ProviderArgs defaults) {
        return new Builder(defaults);
    }

    /**
     * Builds {@link ProviderArgs}; every setting is optional.
     */
    public static final class Builder {
        private final ProviderArgs $;

        public Builder() {
            $ = new ProviderArgs();
        }

        public Builder(ProviderArgs defaults) {
            $ = new ProviderArgs(Objects.requireNonNull(defaults));
        }

        /**
         * @param accessKey The AWS access key ID. Falls back to {@code AWS_ACCESS_KEY_ID}, then the profile and
         *                  the default credential chain.
         * @return builder
         */
        public Builder accessKey(Output<String> accessKey) {
            $.accessKey = accessKey;
            return this;
        }

        /**
         * @param accessKey The AWS access key ID. Falls back to {@code AWS_ACCESS_KEY_ID}, then the profile and
         *                  the default credential chain.
         * @return builder
         */
        public Builder accessKey(String accessKey) {
            return accessKey(Output.of(accessKey));
        }

        /**
         * @param endpoint The Well-Architected API endpoint URL, for example a local emulator {@code
         *                 http://127.0.0.1:4599}. Falls back to {@code AWS_ENDPOINT_URL_WELLARCHITECTED}, then
         *                 {@code AWS_ENDPOINT_URL}, then the AWS endpoint of the Region.
         * @return builder
         */
        public Builder endpoint(Output<String> endpoint) {
            $.endpoint = endpoint;
            return this;
        }

        /**
         * @param endpoint The Well-Architected API endpoint URL, for example a local emulator {@code
         *                 http://127.0.0.1:4599}. Falls back to {@code AWS_ENDPOINT_URL_WELLARCHITECTED}, then
         *                 {@code AWS_ENDPOINT_URL}, then the AWS endpoint of the Region.
         * @return builder
         */
        public Builder endpoint(String endpoint) {
            return endpoint(Output.of(endpoint));
        }

        /**
         * @param maxRetries How many times a throttled or failed (5xx) API call is retried, with exponential
         *                   backoff and jitter, before the operation fails. Defaults to 10.
         * @return builder
         */
        public Builder maxRetries(Output<Integer> maxRetries) {
            $.maxRetries = maxRetries;
            return this;
        }

        /**
         * @param maxRetries How many times a throttled or failed (5xx) API call is retried, with exponential
         *                   backoff and jitter, before the operation fails. Defaults to 10.
         * @return builder
         */
        public Builder maxRetries(Integer maxRetries) {
            return maxRetries(Output.of(maxRetries));
        }

        /**
         * @param profile The AWS shared-configuration profile whose credentials and Region are used. Falls back
         *                to {@code AWS_PROFILE}.
         * @return builder
         */
        public Builder profile(Output<String> profile) {
            $.profile = profile;
            return this;
        }

        /**
         * @param profile The AWS shared-configuration profile whose credentials and Region are used. Falls back
         *                to {@code AWS_PROFILE}.
         * @return builder
         */
        public Builder profile(String profile) {
            return profile(Output.of(profile));
        }

        /**
         * @param region The AWS Region of the lenses to share, such as {@code us-east-1}. Falls back to {@code
         *               AWS_REGION}, {@code AWS_DEFAULT_REGION}, then the region of the AWS profile.
         * @return builder
         */
        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        /**
         * @param region The AWS Region of the lenses to share, such as {@code us-east-1}. Falls back to {@code
         *               AWS_REGION}, {@code AWS_DEFAULT_REGION}, then the region of the AWS profile.
         * @return builder
         */
        public Builder region(String region) {
            return region(Output.of(region));
        }

        /**
         * @param secretKey The AWS secret access key that goes with {@code accessKey}. Falls back to {@code
         *                  AWS_SECRET_ACCESS_KEY}.
         * @return builder
         */
        public Builder secretKey(Output<String> secretKey) {
            // The schema marks it secret: it stays secret even when the caller passes a plain value.
            $.secretKey = secretKey == null ? null : secretKey.asSecret();
            return this;
        }

        /**
         * @param secretKey The AWS secret access key that goes with {@code accessKey}. Falls back to {@code
         *                  AWS_SECRET_ACCESS_KEY}.
         * @return builder
         */
        public Builder secretKey(String secretKey) {
            return secretKey(Output.of(secretKey));
        }

        /**
         * @param token The AWS session token of temporary credentials, used with {@code accessKey} and {@code
         *              secretKey}. Falls back to {@code AWS_SESSION_TOKEN}.
         * @return builder
         */
        public Builder token(Output<String> token) {
            // The schema marks it secret: it stays secret even when the caller passes a plain value.
            $.token = token == null ? null : token.asSecret();
            return this;
        }

        /**
         * @param token The AWS session token of temporary credentials, used with {@code accessKey} and {@code
         *              secretKey}. Falls back to {@code AWS_SESSION_TOKEN}.
         * @return builder
         */
        public Builder token(String token) {
            return token(Output.of(token));
        }

        public ProviderArgs build() {
            return $;
        }
    }
}
