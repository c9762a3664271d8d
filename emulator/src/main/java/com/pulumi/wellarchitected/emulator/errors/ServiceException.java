package com.pulumi.wellarchitected.emulator.errors;

import java.util.LinkedHashMap;
import java.util.Map;

/** An error the emulator answers the way the Well-Architected service does: a type, an HTTP status and modelled members. */
public abstract class ServiceException extends RuntimeException {
    private final int httpStatus;

    protected ServiceException(int httpStatus, String message) {
        // No stack trace: these are answers to clients, not faults of the emulator.
        super(message, null, false, false);
        this.httpStatus = httpStatus;
    }

    /** The error type sent in {@code X-Amzn-ErrorType} and {@code __type}. */
    public String errorType() {
        return getClass().getSimpleName();
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The modelled members of the error shape, {@code Message} first; values are strings or lists of maps. */
    public Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("Message", getMessage());
        addMembers(members);
        return members;
    }

    /** Adds the members beyond {@code Message}; absent optional members are not added. */
    protected void addMembers(Map<String, Object> members) {}

    protected static void putIfPresent(Map<String, Object> members, String name, Object value) {
        if (value != null) {
            members.put(name, value);
        }
    }
}
