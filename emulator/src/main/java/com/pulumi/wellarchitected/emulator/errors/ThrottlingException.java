package com.pulumi.wellarchitected.emulator.errors;

import java.util.Map;

/** The service's ThrottlingException (429): the request rate is too high. */
public final class ThrottlingException extends ServiceException {
    public ThrottlingException(String message) {
        super(429, message);
    }

    @Override
    protected void addMembers(Map<String, Object> members) {
        members.put("QuotaCode", ServiceCodes.REQUEST_RATE);
        members.put("ServiceCode", ServiceCodes.SERVICE_CODE);
    }
}
