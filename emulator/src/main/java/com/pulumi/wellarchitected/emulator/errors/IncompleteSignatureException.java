package com.pulumi.wellarchitected.emulator.errors;

/** The Authorization header is malformed or lacks a part SigV4 needs (400). */
public final class IncompleteSignatureException extends ServiceException {
    public IncompleteSignatureException(String message) {
        super(400, message);
    }
}
