package com.pulumi.wellarchitected.emulator.model;

/** The model's ShareStatus of a lens share. */
public enum ShareStatus {
    ACCEPTED,
    REJECTED,
    PENDING,
    REVOKED,
    EXPIRED,
    ASSOCIATING,
    ASSOCIATED,
    FAILED;

    /** Whether a share in this status still grants (or is about to grant) access, so it blocks a duplicate and uses quota. */
    public boolean isLive() {
        return this == PENDING || this == ACCEPTED || this == ASSOCIATING || this == ASSOCIATED;
    }
}
