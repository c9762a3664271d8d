package com.pulumi.wellarchitected.emulator.errors;

/** No operation of the service matches the method and path (404). */
public final class UnknownOperationException extends ServiceException {
    public UnknownOperationException(String message) {
        super(404, message);
    }
}
