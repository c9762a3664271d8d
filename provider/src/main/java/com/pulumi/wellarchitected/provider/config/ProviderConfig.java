package com.pulumi.wellarchitected.provider.config;

import java.net.URI;
import java.util.Optional;

/**
 * The provider configuration with the {@code AWS_*} environment fallbacks applied: the Region, endpoint and
 * credentials the Well-Architected API is called with.
 *
 * @param credentials the configured or environment key pair; empty means the profile or the default chain
 */
public record ProviderConfig(
        String region,
        Optional<String> profile,
        Optional<StaticCredentials> credentials,
        Optional<URI> endpoint,
        int maxRetries) {

    /**
     * Enough retries that a 30 % throttling rate fails one call in about 565,000: all 11 attempts, the first and ten
     * retries, must be throttled, and 0.3^11 = 1 / 564,503.
     */
    public static final int DEFAULT_MAX_RETRIES = 10;
}
