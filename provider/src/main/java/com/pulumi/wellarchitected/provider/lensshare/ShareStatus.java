package com.pulumi.wellarchitected.provider.lensshare;

import java.util.Set;

/** The status of a lens share as Well-Architected reports it, kept as text so that new statuses pass through. */
public record ShareStatus(String name) {

    // A share in one of these states gives the principal nothing: for Pulumi it no longer exists.
    private static final Set<String> WITHOUT_ACCESS = Set.of("REJECTED", "EXPIRED", "REVOKED", "FAILED");

    /** True for PENDING, ACCEPTED, ASSOCIATING, ASSOCIATED and any status this provider does not know yet. */
    public boolean isLive() {
        return !WITHOUT_ACCESS.contains(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
