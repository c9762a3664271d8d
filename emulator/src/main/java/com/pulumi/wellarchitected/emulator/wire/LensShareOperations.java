package com.pulumi.wellarchitected.emulator.wire;

import static com.pulumi.wellarchitected.emulator.wire.Members.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.pulumi.wellarchitected.emulator.model.LensShareSummary;
import com.pulumi.wellarchitected.emulator.model.Page;
import com.pulumi.wellarchitected.emulator.model.SharePrincipal;
import com.pulumi.wellarchitected.emulator.model.ShareStatus;
import com.pulumi.wellarchitected.emulator.model.UndocumentedBehaviour;
import com.pulumi.wellarchitected.emulator.model.WellArchitectedBackend;
import java.util.Optional;

/** CreateLensShare, DeleteLensShare and ListLensShares on the wire. */
final class LensShareOperations {
    private final WellArchitectedBackend backend;

    LensShareOperations(WellArchitectedBackend backend) {
        this.backend = backend;
    }

    JsonObject createLensShare(ApiRequest in) {
        String lensAlias = in.label("LensAlias", LENS_ALIAS_MIN, LENS_ALIAS_MAX);
        String sharedWith = in.bodyString("SharedWith", true, 12, 2048);
        String token = in.bodyString("ClientRequestToken", true, TOKEN_MIN, TOKEN_MAX);
        boolean lengthValid = sharedWith != null && sharedWith.length() >= 12 && sharedWith.length() <= 2048;
        Optional<SharePrincipal> principal = lengthValid ? SharePrincipal.parse(sharedWith) : Optional.empty();
        if (lengthValid && principal.isEmpty()) {
            in.violation(
                    "SharedWith",
                    sharedWith,
                    "Member must be a 12-digit AWS account ID, an IAM user ARN,"
                            + " an organization ID (o-...) or an organizational unit ID (ou-...)");
        }
        in.validate();
        JsonObject out = new JsonObject();
        out.addProperty("ShareId", backend.createLensShare(in.caller(), lensAlias, principal.orElseThrow(), token));
        return out;
    }

    JsonObject deleteLensShare(ApiRequest in) {
        String lensAlias = in.label("LensAlias", LENS_ALIAS_MIN, LENS_ALIAS_MAX);
        String shareId = in.label("ShareId", HEX_ID);
        String token = in.queryString("ClientRequestToken", true, TOKEN_MIN, TOKEN_MAX);
        in.validate();
        backend.deleteLensShare(in.caller(), lensAlias, shareId, token);
        return null;
    }

    JsonObject listLensShares(ApiRequest in) {
        String lensAlias = in.label("LensAlias", LENS_ALIAS_MIN, LENS_ALIAS_MAX);
        String prefix = in.queryString("SharedWithPrefix", false, 0, PREFIX_MAX);
        String nextToken = in.queryString("NextToken", false, 0, NEXT_TOKEN_MAX);
        int maxResults = in.queryInteger("MaxResults", PAGE_MIN, PAGE_MAX, UndocumentedBehaviour.DEFAULT_PAGE_SIZE);
        ShareStatus status = in.queryEnum("Status", ShareStatus.class, false);
        in.validate();
        Page<LensShareSummary> page =
                backend.listLensShares(in.caller(), lensAlias, prefix, status, maxResults, nextToken);
        JsonArray summaries = new JsonArray();
        for (LensShareSummary share : page.items()) {
            JsonObject summary = new JsonObject();
            summary.addProperty("ShareId", share.shareId());
            summary.addProperty("SharedWith", share.sharedWith());
            summary.addProperty("Status", share.status().name());
            Json.putIfPresent(summary, "StatusMessage", share.statusMessage());
            summaries.add(summary);
        }
        JsonObject out = new JsonObject();
        out.add("LensShareSummaries", summaries);
        Json.putIfPresent(out, "NextToken", page.nextToken());
        return out;
    }
}
