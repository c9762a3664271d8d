package com.pulumi.wellarchitected.provider.aws;

import com.pulumi.wellarchitected.provider.config.ProviderConfig;
import com.pulumi.wellarchitected.provider.config.StaticCredentials;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/**
 * Builds the Well-Architected client from the provider configuration.
 *
 * <p>The HTTP client is the JDK's URLConnection: it starts faster and loads less than Apache HttpClient, and the
 * provider needs only GET, POST and DELETE (URLConnection cannot send PATCH, which only share recipients use).
 */
public final class WellArchitectedClients {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration BACKOFF_BASE = Duration.ofMillis(100);
    private static final Duration BACKOFF_MAX = Duration.ofSeconds(5);
    private static final Duration THROTTLING_BACKOFF_BASE = Duration.ofMillis(200);
    private static final Duration THROTTLING_BACKOFF_MAX = Duration.ofSeconds(20);

    private WellArchitectedClients() {}

    public static WellArchitectedClient build(ProviderConfig config) {
        return build(
                config,
                UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT));
    }

    /** A client on Apache HttpClient, for the operations sent with PATCH (answering invitations, the settings). */
    public static WellArchitectedClient buildForPatch(ProviderConfig config) {
        return build(
                config,
                ApacheHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(SOCKET_TIMEOUT));
    }

    private static WellArchitectedClient build(ProviderConfig config, SdkHttpClient.Builder<?> http) {
        var builder = WellArchitectedClient.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config))
                .httpClientBuilder(http)
                .overrideConfiguration(o -> o.retryStrategy(retryStrategy(config.maxRetries()))
                        .addExecutionInterceptor(new RateLimitingInterceptor(new AdaptiveRateLimiter())));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /**
     * Throttling and 5xx answers are retried up to {@code maxRetries} times with exponential backoff and full
     * jitter. The SDK's circuit breaker is off: it stops retrying once many calls of the same client were
     * throttled, and a provider creating dozens of shares at once must absorb throttling, not pass it on.
     */
    static RetryStrategy retryStrategy(int maxRetries) {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxRetries + 1)
                .circuitBreakerEnabled(false)
                .backoffStrategy(BackoffStrategy.exponentialDelay(BACKOFF_BASE, BACKOFF_MAX))
                .throttlingBackoffStrategy(
                        BackoffStrategy.exponentialDelay(THROTTLING_BACKOFF_BASE, THROTTLING_BACKOFF_MAX))
                .build();
    }

    private static AwsCredentialsProvider credentials(ProviderConfig config) {
        if (config.credentials().isPresent()) {
            StaticCredentials keys = config.credentials().get();
            return StaticCredentialsProvider.create(
                    keys.sessionToken().isPresent()
                            ? AwsSessionCredentials.create(
                                    keys.accessKeyId(),
                                    keys.secretAccessKey(),
                                    keys.sessionToken().get())
                            : AwsBasicCredentials.create(keys.accessKeyId(), keys.secretAccessKey()));
        }
        if (config.profile().isPresent()) {
            return ProfileCredentialsProvider.create(config.profile().get());
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
