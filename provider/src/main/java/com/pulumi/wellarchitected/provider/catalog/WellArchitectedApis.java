package com.pulumi.wellarchitected.provider.catalog;

import com.pulumi.wellarchitected.provider.accepter.InvitationApi;
import com.pulumi.wellarchitected.provider.aws.AwsLensShareApi;
import com.pulumi.wellarchitected.provider.aws.AwsWellArchitectedApi;
import com.pulumi.wellarchitected.provider.config.ProviderConfig;
import com.pulumi.wellarchitected.provider.lens.LensApi;
import com.pulumi.wellarchitected.provider.lensshare.LensShareApi;
import com.pulumi.wellarchitected.provider.settings.SettingsApi;

/** The Well-Architected operations of one provider configuration, grouped by what uses them. */
public record WellArchitectedApis(
        LensShareApi shares, LensApi lenses, InvitationApi invitations, SettingsApi settings) {

    /** The operations on the AWS SDK; nothing connects before its first call. */
    public static WellArchitectedApis aws(ProviderConfig config) {
        AwsWellArchitectedApi api = new AwsWellArchitectedApi(config);
        return new WellArchitectedApis(new AwsLensShareApi(config), api, api, api);
    }
}
