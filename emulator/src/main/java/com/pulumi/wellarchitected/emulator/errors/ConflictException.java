package com.pulumi.wellarchitected.emulator.errors;

import java.util.Map;

/** The service's ConflictException (409): the request contradicts the resource's current state or an earlier request. */
public final class ConflictException extends ServiceException {
    private final String resourceId;
    private final String resourceType;

    public ConflictException(String message, String resourceId, String resourceType) {
        super(409, message);
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
