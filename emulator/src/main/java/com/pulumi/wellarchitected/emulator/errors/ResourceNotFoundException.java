package com.pulumi.wellarchitected.emulator.errors;

import java.util.Map;

/** The service's ResourceNotFoundException (404): the named resource does not exist for the caller. */
public final class ResourceNotFoundException extends ServiceException {
    private final String resourceId;
    private final String resourceType;

    public ResourceNotFoundException(String message, String resourceId, String resourceType) {
        super(404, message);
        this.resourceId = resourceId;
        this.resourceType = resourceType;
    }

    public String resourceId() {
        return resourceId;
    }

    public String resourceType() {
        return resourceType;
    }

    @Override
    protected void addMembers(Map<String, Object> members) {
        members.put("ResourceId", resourceId);
        members.put("ResourceType", resourceType);
    }
}
