package com.pulumi.wellarchitected.emulator.control;

/** A control request that cannot be served, with the HTTP status to answer. */
final class ControlError extends RuntimeException {
    final int status;

    ControlError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }
}
