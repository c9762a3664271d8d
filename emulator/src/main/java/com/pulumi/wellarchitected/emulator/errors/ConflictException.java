package com.pulumi.wellarchitected.emulator.errors;

/** The service's ConflictException (409): the request contradicts the resource's current state or an earlier request. */
public final class ConflictException extends ResourceServiceException {
    public ConflictException(String message, String resourceId, String resourceType) {
        super(409, message, resourceId, resourceType);
    }
}
