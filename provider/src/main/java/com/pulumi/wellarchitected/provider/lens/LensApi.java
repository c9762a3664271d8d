package com.pulumi.wellarchitected.provider.lens;

import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import java.util.List;
import java.util.Optional;

/** The Well-Architected operations on lenses; each fails with an {@code ApiCallException}. */
public interface LensApi {

    /** ImportLens: a new lens, or onto {@code lensArn} when given; returns the lens ARN. */
    String importLens(Optional<String> lensArn, String document, String clientRequestToken, Deadline deadline);

    /** CreateLensVersion: publishes the lens's draft as {@code versionName}. */
    void createLensVersion(
            String lensArn, String versionName, boolean isMajorVersion, String clientRequestToken, Deadline deadline);

    /** GetLens of the latest version, for an ARN or an official lens alias. */
    LensDetail getLens(String lensAlias, Deadline deadline);

    /** One page of ListLenses. */
    LensPage listLenses(Optional<String> nextToken, Deadline deadline);

    /** DeleteLens of the published versions. */
    void deleteLens(String lensArn, String clientRequestToken, Deadline deadline);

    /** A lens as GetLens describes it. */
    record LensDetail(
            String lensArn,
            Optional<String> version,
            String name,
            Optional<String> description,
            Optional<String> owner,
            Optional<String> shareInvitationId) {}

    /** A lens as ListLenses describes it. */
    record LensSummary(String lensArn, Optional<String> lensAlias, Optional<String> status) {}

    /** A page of lenses and the token of the next page, if there is one. */
    record LensPage(List<LensSummary> lenses, Optional<String> nextToken) {}
}
