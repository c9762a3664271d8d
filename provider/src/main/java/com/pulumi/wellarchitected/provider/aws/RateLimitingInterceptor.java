package com.pulumi.wellarchitected.provider.aws;

import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Puts every attempt of every call of a client, retries included, through its {@link AdaptiveRateLimiter}, and tells
 * the limiter how the API answered.
 */
final class RateLimitingInterceptor implements ExecutionInterceptor {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final ExecutionAttribute<Long> SENT_AT = new ExecutionAttribute<>("RateLimitedSentAt");

    private final AdaptiveRateLimiter limiter;

    RateLimitingInterceptor(AdaptiveRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes executionAttributes) {
        try {
            executionAttributes.putAttribute(SENT_AT, limiter.acquire());
        } catch (InterruptedException e) {
            // A cancel or the call's deadline: the SDK turns the interrupt into the call's end.
            Thread.currentThread().interrupt();
            throw AbortedException.builder()
                    .message("interrupted while waiting for the request's turn")
                    .cause(e)
                    .build();
        }
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes executionAttributes) {
        int status = context.httpResponse().statusCode();
        if (status == TOO_MANY_REQUESTS) {
            limiter.throttled(executionAttributes.getAttribute(SENT_AT));
        } else if (status < 500) {
            limiter.answered();
        }
    }
}
