package com.pulumi.wellarchitected.emulator.errors;

/** The service's ResourceNotFoundException (404): the named resource does not exist for the caller. */
public final class ResourceNotFoundException extends ResourceServiceException {
    public ResourceNotFoundException(String message, String resourceId, String resourceType) {
        super(404, message, resourceId, resourceType);
    }
}
