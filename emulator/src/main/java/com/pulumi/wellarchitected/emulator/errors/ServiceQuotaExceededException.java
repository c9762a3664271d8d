package com.pulumi.wellarchitected.emulator.errors;

import java.util.Map;

/** The service's ServiceQuotaExceededException (402): a fixed quota of the service is used up. */
public final class ServiceQuotaExceededException extends ServiceException {
    private final String quotaCode;
    private final String resourceId;
    private final String resourceType;

    public ServiceQuotaExceededException(String message, String quotaCode, String resourceId, String resourceType) {
        super(402, message);
        this.quotaCode = quotaCode;
        this.resourceId = resourceId;
        this.resourceType = resourceType;
    }

    @Override
    protected void addMembers(Map<String, Object> members) {
        putIfPresent(members, "ResourceId", resourceId);
        putIfPresent(members, "ResourceType", resourceType);
        members.put("QuotaCode", quotaCode);
        members.put("ServiceCode", ServiceCodes.SERVICE_CODE);
    }
}
