package com.pulumi.wellarchitected.emulator.errors;

/** The access key is not one the emulator knows (403). */
public final class UnrecognizedClientException extends ServiceException {
    public UnrecognizedClientException(String message) {
        super(403, message);
    }
}
