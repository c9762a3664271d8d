package com.pulumi.wellarchitected.provider.aws;

import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;

/** How every AWS SDK call is made: bounded by the operation's deadline, its failure described in one line. */
final class SdkCalls {

    private SdkCalls() {}

    /** The request override that stops the SDK, retries included, when the deadline passes. */
    static AwsRequestOverrideConfiguration timeout(Deadline deadline) {
        AwsRequestOverrideConfiguration.Builder override = AwsRequestOverrideConfiguration.builder();
        deadline.remaining().ifPresent(override::apiCallTimeout);
        return override.build();
    }

    /** AWS leaves an absent text out of a response or sends it empty: both mean there is none. */
    static Optional<String> present(String text) {
        return Optional.ofNullable(text).filter(t -> !t.isEmpty());
    }

    static <T> T call(String operation, Deadline deadline, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw AwsErrors.describe(operation, e, deadline);
        }
    }
}
