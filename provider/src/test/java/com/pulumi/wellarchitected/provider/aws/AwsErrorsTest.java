package com.pulumi.wellarchitected.provider.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.wellarchitected.provider.lensshare.ApiCallException;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.wellarchitected.model.ConflictException;
import software.amazon.awssdk.services.wellarchitected.model.ThrottlingException;

class AwsErrorsTest {

    @Test
    void aServiceErrorIsOneLineWithOperationCodeMessageAndRequestId() {
        ConflictException conflict = ConflictException.builder()
                .statusCode(409)
                .requestId("req-1")
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ConflictException")
                        .errorMessage("The lens is already shared\nwith 444455556666.")
                        .build())
                .build();

        ApiCallException e = AwsErrors.describe("CreateLensShare", conflict, Deadline.none());

        assertThat(e)
                .hasMessage("CreateLensShare failed: ConflictException: The lens is already shared with "
                        + "444455556666. (request ID: req-1)");
        assertThat(e.isConflict()).isTrue();
        assertThat(e.isNotFound()).isFalse();
        assertThat(e.operation()).isEqualTo("CreateLensShare");
    }

    @Test
    void retriesThatRanOutAreCounted() {
        ThrottlingException throttled = ThrottlingException.builder()
                .statusCode(429)
                .requestId("req-2")
                .numAttempts(4)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ThrottlingException")
                        .errorMessage("Rate exceeded")
                        .build())
                .build();

        assertThat(AwsErrors.describe("ListLensShares", throttled, Deadline.none()))
                .hasMessage(
                        "ListLensShares failed after 4 attempts: ThrottlingException: Rate exceeded (request ID: req-2)");
    }

    @Test
    void aClientErrorNamesItsCauseOnOneLine() {
        SdkClientException refused = SdkClientException.builder()
                .message("Unable to execute HTTP request: Connection refused")
                .cause(new ConnectException("Connection refused"))
                .build();

        ApiCallException e = AwsErrors.describe("DeleteLensShare", refused, Deadline.none());

        assertThat(e).hasMessage("DeleteLensShare failed: Unable to execute HTTP request: Connection refused");
        assertThat(e.errorCode()).isEmpty();
    }

    @Test
    void aTimeoutNamesTheTimeout() {
        ApiCallException e = AwsErrors.describe(
                "CreateLensShare", ApiCallTimeoutException.create(30_000), Deadline.afterSeconds(30));

        assertThat(e).hasMessage("CreateLensShare did not finish within the 30.0 s timeout");
    }

    @Test
    void anAbortedCallWasCancelled() {
        assertThat(AwsErrors.describe(
                        "ListLensShares", AbortedException.create("Thread was interrupted"), Deadline.none()))
                .hasMessage("ListLensShares was cancelled");
    }
}
