package com.pulumi.wellarchitected.provider.lensshare;

import java.util.List;
import java.util.Optional;

/** The three Well-Architected operations a lens share needs; each fails with an {@link ApiCallException}. */
public interface LensShareApi {

    /** CreateLensShare: returns the share ID. */
    String createLensShare(LensArn lens, SharedWith sharedWith, String clientRequestToken, Deadline deadline);

    /** One page of ListLensShares, optionally filtered to principals that start with {@code sharedWithPrefix}. */
    SharePage listLensShares(
            LensArn lens, Optional<String> sharedWithPrefix, Optional<String> nextToken, Deadline deadline);

    /** DeleteLensShare. */
    void deleteLensShare(LensArn lens, String shareId, String clientRequestToken, Deadline deadline);

    /** A page of shares and the token of the next page, if there is one. */
    record SharePage(List<ShareSummary> shares, Optional<String> nextToken) {}

    /** One share as ListLensShares describes it. */
    record ShareSummary(String shareId, String sharedWith, ShareStatus status, Optional<String> statusMessage) {}
}
