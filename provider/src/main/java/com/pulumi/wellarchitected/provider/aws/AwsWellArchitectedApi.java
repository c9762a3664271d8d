package com.pulumi.wellarchitected.provider.aws;

import static com.pulumi.wellarchitected.provider.aws.SdkCalls.call;
import static com.pulumi.wellarchitected.provider.aws.SdkCalls.present;
import static com.pulumi.wellarchitected.provider.aws.SdkCalls.timeout;

import com.pulumi.wellarchitected.provider.accepter.InvitationApi;
import com.pulumi.wellarchitected.provider.config.ProviderConfig;
import com.pulumi.wellarchitected.provider.lens.LensApi;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.settings.SettingsApi;
import java.util.Optional;
import software.amazon.awssdk.services.wellarchitected.model.Lens;
import software.amazon.awssdk.services.wellarchitected.model.LensStatusType;
import software.amazon.awssdk.services.wellarchitected.model.ListLensesResponse;
import software.amazon.awssdk.services.wellarchitected.model.ListShareInvitationsResponse;
import software.amazon.awssdk.services.wellarchitected.model.OrganizationSharingStatus;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationAction;
import software.amazon.awssdk.services.wellarchitected.model.ShareResourceType;

/**
 * The lens, invitation and settings operations on the AWS SDK. The clients are built on first use: the one on
 * Apache HttpClient only when a PATCH operation is called.
 */
public final class AwsWellArchitectedApi implements LensApi, InvitationApi, SettingsApi {

    private static final int PAGE_SIZE = 50;

    private final LazyClient client;
    private final LazyClient patchClient;

    public AwsWellArchitectedApi(ProviderConfig config) {
        this.client = new LazyClient(() -> WellArchitectedClients.build(config));
        this.patchClient = new LazyClient(() -> WellArchitectedClients.buildForPatch(config));
    }

    @Override
    public String importLens(Optional<String> lensArn, String document, String token, Deadline deadline) {
        return call(
                "ImportLens",
                deadline,
                () -> client.get()
                        .importLens(r -> r.lensAlias(lensArn.orElse(null))
                                .jsonString(document)
                                .clientRequestToken(token)
                                .overrideConfiguration(timeout(deadline)))
                        .lensArn());
    }

    @Override
    public void createLensVersion(
            String lensArn, String versionName, boolean isMajorVersion, String token, Deadline deadline) {
        call(
                "CreateLensVersion",
                deadline,
                () -> client.get()
                        .createLensVersion(r -> r.lensAlias(lensArn)
                                .lensVersion(versionName)
                                .isMajorVersion(isMajorVersion)
                                .clientRequestToken(token)
                                .overrideConfiguration(timeout(deadline))));
    }

    @Override
    public LensDetail getLens(String lensAlias, Deadline deadline) {
        Lens lens = call(
                "GetLens",
                deadline,
                () -> client.get()
                        .getLens(r -> r.lensAlias(lensAlias).overrideConfiguration(timeout(deadline)))
                        .lens());
        return new LensDetail(
                lens.lensArn(),
                present(lens.lensVersion()),
                lens.name(),
                present(lens.description()),
                present(lens.owner()),
                present(lens.shareInvitationId()));
    }

    @Override
    public LensPage listLenses(Optional<String> nextToken, Deadline deadline) {
        ListLensesResponse page = call(
                "ListLenses",
                deadline,
                () -> client.get()
                        .listLenses(r -> r.lensStatus(LensStatusType.PUBLISHED)
                                .nextToken(nextToken.orElse(null))
                                .maxResults(PAGE_SIZE)
                                .overrideConfiguration(timeout(deadline))));
        return new LensPage(
                page.lensSummaries().stream()
                        .map(s -> new LensSummary(s.lensArn(), present(s.lensAlias()), present(s.lensStatusAsString())))
                        .toList(),
                present(page.nextToken()));
    }

    @Override
    public void deleteLens(String lensArn, String token, Deadline deadline) {
        call(
                "DeleteLens",
                deadline,
                () -> client.get()
                        .deleteLens(r -> r.lensAlias(lensArn)
                                .lensStatus(LensStatusType.PUBLISHED)
                                .clientRequestToken(token)
                                .overrideConfiguration(timeout(deadline))));
    }

    @Override
    public InvitationPage listLensInvitations(Optional<String> nextToken, Deadline deadline) {
        ListShareInvitationsResponse page = call(
                "ListShareInvitations",
                deadline,
                () -> client.get()
                        .listShareInvitations(r -> r.shareResourceType(ShareResourceType.LENS)
                                .nextToken(nextToken.orElse(null))
                                .maxResults(PAGE_SIZE)
                                .overrideConfiguration(timeout(deadline))));
        return new InvitationPage(
                page.shareInvitationSummaries().stream()
                        .map(s -> new Invitation(
                                s.shareInvitationId(), s.sharedBy(), s.sharedWith(), s.lensName(), s.lensArn()))
                        .toList(),
                present(page.nextToken()));
    }

    @Override
    public void acceptShareInvitation(String shareInvitationId, Deadline deadline) {
        call(
                "UpdateShareInvitation",
                deadline,
                () -> patchClient
                        .get()
                        .updateShareInvitation(r -> r.shareInvitationId(shareInvitationId)
                                .shareInvitationAction(ShareInvitationAction.ACCEPT)
                                .overrideConfiguration(timeout(deadline))));
    }

    @Override
    public String organizationSharingStatus(Deadline deadline) {
        return call(
                "GetGlobalSettings",
                deadline,
                () -> client.get()
                        .getGlobalSettings(r -> r.overrideConfiguration(timeout(deadline)))
                        .organizationSharingStatusAsString());
    }

    @Override
    public void setOrganizationSharing(boolean enabled, Deadline deadline) {
        call(
                "UpdateGlobalSettings",
                deadline,
                () -> patchClient
                        .get()
                        .updateGlobalSettings(r -> r.organizationSharingStatus(
                                        enabled
                                                ? OrganizationSharingStatus.ENABLED
                                                : OrganizationSharingStatus.DISABLED)
                                .overrideConfiguration(timeout(deadline))));
    }
}
