package com.pulumi.wellarchitected.emulator.model;

/** An account's settings in one Region; statuses are ENABLED or DISABLED. */
public record GlobalSettings(String organizationSharingStatus, String discoveryIntegrationStatus) {
    public static final GlobalSettings DEFAULT = new GlobalSettings("DISABLED", "DISABLED");

    /** One account's settings as the state file holds them. */
    record Saved(
            String accountId, String region, String organizationSharingStatus, String discoveryIntegrationStatus) {}

    /** One account's settings as the control API's state dump shows them. */
    record View(String accountId, String region, String organizationSharingStatus) {}

    public boolean organizationSharingEnabled() {
        return "ENABLED".equals(organizationSharingStatus);
    }

    Saved saved(AccountRegion account) {
        return new Saved(account.accountId(), account.region(), organizationSharingStatus, discoveryIntegrationStatus);
    }

    View view(AccountRegion account) {
        return new View(account.accountId(), account.region(), organizationSharingStatus);
    }

    static AccountRegion accountOf(Saved saved) {
        return new AccountRegion(
                StateSnapshots.required(saved.accountId(), "settings accountId"),
                StateSnapshots.required(saved.region(), "settings region"));
    }

    static GlobalSettings restore(Saved saved) {
        return new GlobalSettings(
                StateSnapshots.required(saved.organizationSharingStatus(), "organizationSharingStatus"),
                StateSnapshots.required(saved.discoveryIntegrationStatus(), "discoveryIntegrationStatus"));
    }
}
