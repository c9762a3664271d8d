package com.pulumi.wellarchitected.provider.lensshare;

import java.util.Optional;

/**
 * A failed Well-Architected API call, described in one line for the user: the operation, the AWS error code, the
 * message and the request ID.
 */
public final class ApiCallException extends RuntimeException {

    private final String operation;
    private final Optional<String> errorCode;

    public ApiCallException(String operation, Optional<String> errorCode, String oneLineMessage) {
        super(oneLineMessage, null, false, false);
        this.operation = operation;
        this.errorCode = errorCode;
    }

    public String operation() {
        return operation;
    }

    /** The AWS error code, such as {@code ConflictException}; empty when the call failed before AWS answered. */
    public Optional<String> errorCode() {
        return errorCode;
    }

    public boolean isNotFound() {
        return errorCode.filter("ResourceNotFoundException"::equals).isPresent();
    }

    public boolean isConflict() {
        return errorCode.filter("ConflictException"::equals).isPresent();
    }
}
