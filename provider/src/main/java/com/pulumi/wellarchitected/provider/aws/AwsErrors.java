package com.pulumi.wellarchitected.provider.aws;

import com.pulumi.wellarchitected.provider.lensshare.ApiCallException;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import java.io.InterruptedIOException;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The one place where AWS SDK exceptions become what the user reads: one line with the operation, the AWS error
 * code, the message and the request ID, never a stack trace.
 */
public final class AwsErrors {

    private AwsErrors() {}

    public static ApiCallException describe(String operation, SdkException e, Deadline deadline) {
        String attempts =
                e.numAttempts() != null && e.numAttempts() > 1 ? " after " + e.numAttempts() + " attempts" : "";
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            AwsErrorDetails details = service.awsErrorDetails();
            String code = details.errorCode() != null ? details.errorCode() : "HTTP " + service.statusCode();
            String message = details.errorMessage() != null ? oneLine(details.errorMessage()) : "(no message)";
            String requestId = service.requestId() != null ? service.requestId() : "none";
            return new ApiCallException(
                    operation,
                    Optional.ofNullable(details.errorCode()),
                    operation + " failed" + attempts + ": " + code + ": " + message + " (request ID: " + requestId
                            + ")");
        }
        if (e instanceof ApiCallTimeoutException) {
            String timeout = deadline.timeout()
                    .map(t -> " " + t.toMillis() / 1000.0 + " s")
                    .orElse("");
            return new ApiCallException(
                    operation,
                    Optional.empty(),
                    operation + " did not finish within the" + timeout + " timeout" + attempts);
        }
        if (e instanceof AbortedException || interrupted(e)) {
            return new ApiCallException(operation, Optional.empty(), operation + " was cancelled");
        }
        return new ApiCallException(
                operation, Optional.empty(), operation + " failed" + attempts + ": " + oneLine(rootMessage(e)));
    }

    /** A call stopped by Cancel, which interrupts the calling thread. */
    private static boolean interrupted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException || cause instanceof InterruptedIOException) {
                return true;
            }
        }
        return Thread.currentThread().isInterrupted();
    }

    private static String rootMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
            if (cause.getMessage() != null && message != null && !message.contains(cause.getMessage())) {
                message = message + ": " + cause.getMessage();
            }
        }
        return message != null ? message : e.getClass().getSimpleName();
    }

    /** Messages may span lines; the user gets one. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
