package com.pulumi.wellarchitected.emulator.errors;

/** The request carries no SigV4 Authorization header (403), as AWS's front door answers. */
public final class MissingAuthenticationTokenException extends ServiceException {
    public MissingAuthenticationTokenException(String message) {
        super(403, message);
    }
}
