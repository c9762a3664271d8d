package com.pulumi.wellarchitected.emulator.wire;

import static com.pulumi.wellarchitected.emulator.wire.Members.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.pulumi.wellarchitected.emulator.model.CreatedLensVersion;
import com.pulumi.wellarchitected.emulator.model.ImportedLens;
import com.pulumi.wellarchitected.emulator.model.LensDetail;
import com.pulumi.wellarchitected.emulator.model.LensDocument;
import com.pulumi.wellarchitected.emulator.model.LensStatusType;
import com.pulumi.wellarchitected.emulator.model.LensSummary;
import com.pulumi.wellarchitected.emulator.model.LensType;
import com.pulumi.wellarchitected.emulator.model.Page;
import com.pulumi.wellarchitected.emulator.model.UndocumentedBehaviour;
import com.pulumi.wellarchitected.emulator.model.WellArchitectedBackend;
import java.util.Map;

/** ImportLens, CreateLensVersion, GetLens, ListLenses and DeleteLens on the wire. */
final class LensOperations {
    private final WellArchitectedBackend backend;

    LensOperations(WellArchitectedBackend backend) {
        this.backend = backend;
    }

    JsonObject importLens(ApiRequest in) {
        String lensAlias = in.bodyString("LensAlias", false, LENS_ALIAS_MIN, LENS_ALIAS_MAX);
        String jsonString = in.bodyString("JSONString", true, 2, 500_000);
        String token = in.bodyString("ClientRequestToken", true, TOKEN_MIN, TOKEN_MAX);
        Map<String, String> tags = in.bodyTags("Tags", false);
        in.validate();
        LensDocument document = LensDocument.parse(jsonString);
        ImportedLens imported = backend.importLens(in.caller(), lensAlias, document, token, tags);
        JsonObject out = new JsonObject();
        out.addProperty("LensArn", imported.lensArn());
        out.addProperty("Status", imported.status());
        return out;
    }

    JsonObject createLensVersion(ApiRequest in) {
        String lensAlias = in.label("LensAlias", LENS_ALIAS_MIN, LENS_ALIAS_MAX);
        String version = in.bodyString("LensVersion", true, LENS_VERSION_MIN, LENS_VERSION_MAX);
        boolean major = in.bodyBoolean("IsMajorVersion", false);
        String token = in.bodyString("ClientRequestToken", true, TOKEN_MIN, TOKEN_MAX);
        in.validate();
        CreatedLensVersion created = backend.createLensVersion(in.caller(), lensAlias, version, major, token);
        JsonObject out = new JsonObject();
        out.addProperty("LensArn", created.lensArn());
        out.addProperty("LensVersion", created.lensVersion());
        return out;
    }

    JsonObject getLens(ApiRequest in) {
        String lensAlias = in.label("LensAlias", LENS_ALIAS_MIN, LENS_ALIAS_MAX);
        String version = in.queryString("LensVersion", false, LENS_VERSION_MIN, LENS_VERSION_MAX);
        in.validate();
        LensDetail detail = backend.getLens(in.caller(), lensAlias, version);
        JsonObject lens = new JsonObject();
        lens.addProperty("LensArn", detail.lensArn());
        Json.putIfPresent(lens, "LensVersion", detail.lensVersion());
        lens.addProperty("Name", detail.name());
        Json.putIfPresent(lens, "Description", detail.description());
        lens.addProperty("Owner", detail.owner());
        Json.putIfPresent(lens, "ShareInvitationId", detail.shareInvitationId());
        if (detail.tags() != null) {
            lens.add("Tags", Json.stringMap(detail.tags()));
        }
        JsonObject out = new JsonObject();
        out.add("Lens", lens);
        return out;
    }

    JsonObject listLenses(ApiRequest in) {
        String nextToken = in.queryString("NextToken", false, 0, NEXT_TOKEN_MAX);
        int maxResults = in.queryInteger("MaxResults", PAGE_MIN, PAGE_MAX, UndocumentedBehaviour.DEFAULT_PAGE_SIZE);
        LensType type = in.queryEnum("LensType", LensType.class, false);
        LensStatusType status = in.queryEnum("LensStatus", LensStatusType.class, false);
        String name = in.queryString("LensName", false, LENS_NAME_MIN, LENS_NAME_MAX);
        in.validate();
        Page<LensSummary> page = backend.listLenses(in.caller(), type, status, name, maxResults, nextToken);
        JsonArray summaries = new JsonArray();
        for (LensSummary lens : page.items()) {
            JsonObject summary = new JsonObject();
            summary.addProperty("LensArn", lens.lensArn());
            summary.addProperty("LensAlias", lens.lensAlias());
            summary.addProperty("LensName", lens.lensName());
            summary.addProperty("LensType", lens.lensType().name());
            Json.putIfPresent(summary, "Description", lens.description());
            summary.add("CreatedAt", Json.timestamp(lens.createdAt()));
            summary.add("UpdatedAt", Json.timestamp(lens.updatedAt()));
            Json.putIfPresent(summary, "LensVersion", lens.lensVersion());
            Json.putIfPresent(summary, "Owner", lens.owner());
            summary.addProperty("LensStatus", lens.lensStatus());
            summaries.add(summary);
        }
        JsonObject out = new JsonObject();
        out.add("LensSummaries", summaries);
        Json.putIfPresent(out, "NextToken", page.nextToken());
        return out;
    }

    JsonObject deleteLens(ApiRequest in) {
        String lensAlias = in.label("LensAlias", LENS_ALIAS_MIN, LENS_ALIAS_MAX);
        String token = in.queryString("ClientRequestToken", true, TOKEN_MIN, TOKEN_MAX);
        LensStatusType status = in.queryEnum("LensStatus", LensStatusType.class, true);
        in.validate();
        backend.deleteLens(in.caller(), lensAlias, token, status);
        return null;
    }
}
