package com.pulumi.wellarchitected.emulator.errors;

/** The service's InternalServerException (500): something failed on the server's side. */
public final class InternalServerException extends ServiceException {
    public InternalServerException(String message) {
        super(500, message);
    }
}
