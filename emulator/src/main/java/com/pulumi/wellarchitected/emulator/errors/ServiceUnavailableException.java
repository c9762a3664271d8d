package com.pulumi.wellarchitected.emulator.errors;

/** The server cannot take the request now (503); AWS SDKs retry it. */
public final class ServiceUnavailableException extends ServiceException {
    public ServiceUnavailableException(String message) {
        super(503, message);
    }
}
