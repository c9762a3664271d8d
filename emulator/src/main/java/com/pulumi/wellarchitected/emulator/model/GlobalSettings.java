package com.pulumi.wellarchitected.emulator.model;

/** An account's settings in one Region; statuses are ENABLED or DISABLED. */
public record GlobalSettings(String organizationSharingStatus, String discoveryIntegrationStatus) {
    public static final GlobalSettings DEFAULT = new GlobalSettings("DISABLED", "DISABLED");

    public boolean organizationSharingEnabled() {
        return "ENABLED".equals(organizationSharingStatus);
    }
}
