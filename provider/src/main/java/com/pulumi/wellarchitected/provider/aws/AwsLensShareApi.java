package com.pulumi.wellarchitected.provider.aws;

import static com.pulumi.wellarchitected.provider.aws.SdkCalls.call;
import static com.pulumi.wellarchitected.provider.aws.SdkCalls.present;
import static com.pulumi.wellarchitected.provider.aws.SdkCalls.timeout;

import com.pulumi.wellarchitected.provider.config.ProviderConfig;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.lensshare.LensArn;
import com.pulumi.wellarchitected.provider.lensshare.LensShareApi;
import com.pulumi.wellarchitected.provider.lensshare.ShareStatus;
import com.pulumi.wellarchitected.provider.lensshare.SharedWith;
import java.util.Optional;
import software.amazon.awssdk.services.wellarchitected.model.ListLensSharesResponse;

/**
 * The lens-share operations on the AWS SDK. The client is built on the first call, once: start-up and Check do
 * not pay for loading the SDK.
 */
public final class AwsLensShareApi implements LensShareApi {

    // The API model lets ListLensShares take MaxResults 1 to 50, but the live service has been seen answering
    // "ValidationException: MaxResults must be between 1 and 10." (the error is quoted in the Steampipe AWS plugin,
    // turbot/steampipe-plugin-aws, aws/table_aws_wellarchitected_lens_share.go): 10 is what both accept.
    private static final int PAGE_SIZE = 10;

    private final LazyClient client;

    public AwsLensShareApi(ProviderConfig config) {
        this.client = new LazyClient(() -> WellArchitectedClients.build(config));
    }

    @Override
    public String createLensShare(LensArn lens, SharedWith sharedWith, String clientRequestToken, Deadline deadline) {
        return call(
                "CreateLensShare",
                deadline,
                () -> client.get()
                        .createLensShare(r -> r.lensAlias(lens.toString())
                                .sharedWith(sharedWith.value())
                                .clientRequestToken(clientRequestToken)
                                .overrideConfiguration(timeout(deadline)))
                        .shareId());
    }

    @Override
    public SharePage listLensShares(
            LensArn lens, Optional<String> sharedWithPrefix, Optional<String> nextToken, Deadline deadline) {
        ListLensSharesResponse page = call(
                "ListLensShares",
                deadline,
                () -> client.get()
                        .listLensShares(r -> r.lensAlias(lens.toString())
                                .sharedWithPrefix(sharedWithPrefix.orElse(null))
                                .nextToken(nextToken.orElse(null))
                                .maxResults(PAGE_SIZE)
                                .overrideConfiguration(timeout(deadline))));
        return new SharePage(
                page.lensShareSummaries().stream()
                        .map(s -> new ShareSummary(
                                s.shareId(),
                                s.sharedWith(),
                                new ShareStatus(s.statusAsString()),
                                present(s.statusMessage())))
                        .toList(),
                present(page.nextToken()));
    }

    @Override
    public void deleteLensShare(LensArn lens, String shareId, String clientRequestToken, Deadline deadline) {
        call(
                "DeleteLensShare",
                deadline,
                () -> client.get()
                        .deleteLensShare(r -> r.lensAlias(lens.toString())
                                .shareId(shareId)
                                .clientRequestToken(clientRequestToken)
                                .overrideConfiguration(timeout(deadline))));
    }
}
