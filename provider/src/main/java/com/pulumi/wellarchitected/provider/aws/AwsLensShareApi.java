package com.pulumi.wellarchitected.provider.aws;

import com.pulumi.wellarchitected.provider.config.ProviderConfig;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.lensshare.LensArn;
import com.pulumi.wellarchitected.provider.lensshare.LensShareApi;
import com.pulumi.wellarchitected.provider.lensshare.ShareStatus;
import com.pulumi.wellarchitected.provider.lensshare.SharedWith;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
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

    private final ProviderConfig config;
    private volatile WellArchitectedClient client;

    public AwsLensShareApi(ProviderConfig config) {
        this.config = config;
    }

    @Override
    public String createLensShare(LensArn lens, SharedWith sharedWith, String clientRequestToken, Deadline deadline) {
        return call(
                "CreateLensShare",
                deadline,
                () -> client().createLensShare(r -> r.lensAlias(lens.toString())
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
                () -> client().listLensShares(r -> r.lensAlias(lens.toString())
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
                                Optional.ofNullable(s.statusMessage()).filter(m -> !m.isEmpty())))
                        .toList(),
                Optional.ofNullable(page.nextToken()).filter(t -> !t.isEmpty()));
    }

    @Override
    public void deleteLensShare(LensArn lens, String shareId, String clientRequestToken, Deadline deadline) {
        call(
                "DeleteLensShare",
                deadline,
                () -> client().deleteLensShare(r -> r.lensAlias(lens.toString())
                        .shareId(shareId)
                        .clientRequestToken(clientRequestToken)
                        .overrideConfiguration(timeout(deadline))));
    }

    private WellArchitectedClient client() {
        WellArchitectedClient built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    client = WellArchitectedClients.build(config);
                }
                built = client;
            }
        }
        return built;
    }

    private static AwsRequestOverrideConfiguration timeout(Deadline deadline) {
        AwsRequestOverrideConfiguration.Builder override = AwsRequestOverrideConfiguration.builder();
        deadline.remaining().ifPresent(override::apiCallTimeout);
        return override.build();
    }

    private static <T> T call(String operation, Deadline deadline, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw AwsErrors.describe(operation, e, deadline);
        }
    }
}
