package com.pulumi.wellarchitected.emulator.errors;

/** The SigV4 signature or its credential scope is wrong (403). */
public final class InvalidSignatureException extends ServiceException {
    public InvalidSignatureException(String message) {
        super(403, message);
    }
}
