package com.pulumi.wellarchitected.emulator.errors;

/** The service's AccessDeniedException (403): the caller may not act on this resource. */
public final class AccessDeniedException extends ServiceException {
    public AccessDeniedException(String message) {
        super(403, message);
    }
}
