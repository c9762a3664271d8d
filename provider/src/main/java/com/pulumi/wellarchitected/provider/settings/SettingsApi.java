package com.pulumi.wellarchitected.provider.settings;

import com.pulumi.wellarchitected.provider.lensshare.Deadline;

/** The Well-Architected account settings; each call fails with an {@code ApiCallException}. */
public interface SettingsApi {

    /** GetGlobalSettings' OrganizationSharingStatus: {@code ENABLED} or {@code DISABLED}. */
    String organizationSharingStatus(Deadline deadline);

    /** UpdateGlobalSettings' OrganizationSharingStatus. */
    void setOrganizationSharing(boolean enabled, Deadline deadline);
}
