package com.pulumi.wellarchitected.provider.grpc;

import com.pulumi.wellarchitected.provider.accepter.InvitationApi;
import com.pulumi.wellarchitected.provider.catalog.WellArchitectedApis;
import com.pulumi.wellarchitected.provider.lens.LensApi;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.lensshare.LensArn;
import com.pulumi.wellarchitected.provider.lensshare.LensShareApi;
import com.pulumi.wellarchitected.provider.lensshare.SharedWith;
import com.pulumi.wellarchitected.provider.settings.SettingsApi;
import java.util.Optional;

/** The Well-Architected API before Configure: refuses every call, so that Check works and nothing reaches AWS. */
public final class NotConfigured implements LensShareApi, LensApi, InvitationApi, SettingsApi {

    /** The four groups of operations, all refusing: the APIs of a catalog built before Configure. */
    public static WellArchitectedApis apis() {
        NotConfigured none = new NotConfigured();
        return new WellArchitectedApis(none, none, none, none);
    }

    @Override
    public String createLensShare(LensArn lens, SharedWith sharedWith, String token, Deadline deadline) {
        throw new ProviderNotConfiguredException();
    }

    @Override
    public SharePage listLensShares(
            LensArn lens, Optional<String> sharedWithPrefix, Optional<String> nextToken, Deadline deadline) {
        throw new ProviderNotConfiguredException();
    }

    @Override
    public void deleteLensShare(LensArn lens, String shareId, String token, Deadline deadline) {
        throw new ProviderNotConfiguredException();
    }

    @Override
    public String importLens(Optional<String> lensArn, String document, String token, Deadline deadline) {
        throw new ProviderNotConfiguredException();
    }

    @Override
    public void createLensVersion(
            String lensArn, String versionName, boolean isMajorVersion, String token, Deadline deadline) {
        throw new ProviderNotConfiguredException();
    }

    @Override
    public LensDetail getLens(String lensAlias, Deadline deadline) {
        throw new ProviderNotConfiguredException();
    }

    @Override
    public LensPage listLenses(Optional<String> nextToken, Deadline deadline) {
        throw new ProviderNotConfiguredException();
    }

    @Override
    public void deleteLens(String lensArn, String token, Deadline deadline) {
        throw new ProviderNotConfiguredException();
    }

    @Override
    public InvitationPage listLensInvitations(Optional<String> nextToken, Deadline deadline) {
        throw new ProviderNotConfiguredException();
    }

    @Override
    public void acceptShareInvitation(String shareInvitationId, Deadline deadline) {
        throw new ProviderNotConfiguredException();
    }

    @Override
    public String organizationSharingStatus(Deadline deadline) {
        throw new ProviderNotConfiguredException();
    }

    @Override
    public void setOrganizationSharing(boolean enabled, Deadline deadline) {
        throw new ProviderNotConfiguredException();
    }

    /** A call that needs AWS before the engine configured the provider. */
    static final class ProviderNotConfiguredException extends RuntimeException {
        ProviderNotConfiguredException() {
            super(
                    "the wellarchitected provider is not configured yet: Configure must come before any call to AWS",
                    null,
                    false,
                    false);
        }
    }
}
