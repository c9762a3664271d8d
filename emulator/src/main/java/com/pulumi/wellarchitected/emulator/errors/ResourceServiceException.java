package com.pulumi.wellarchitected.emulator.errors;

import java.util.Map;

/** A service error about one resource, which the model describes with its required ResourceId and ResourceType. */
public abstract class ResourceServiceException extends ServiceException {
    private final String resourceId;
    private final String resourceType;

    protected ResourceServiceException(int httpStatus, String message, String resourceId, String resourceType) {
        super(httpStatus, message);
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
