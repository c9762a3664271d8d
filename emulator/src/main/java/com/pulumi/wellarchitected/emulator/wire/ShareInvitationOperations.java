package com.pulumi.wellarchitected.emulator.wire;

import static com.pulumi.wellarchitected.emulator.wire.Members.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.pulumi.wellarchitected.emulator.model.Page;
import com.pulumi.wellarchitected.emulator.model.ShareInvitation;
import com.pulumi.wellarchitected.emulator.model.ShareInvitationSummary;
import com.pulumi.wellarchitected.emulator.model.UndocumentedBehaviour;
import com.pulumi.wellarchitected.emulator.model.WellArchitectedBackend;
import java.util.regex.Pattern;

/** ListShareInvitations and UpdateShareInvitation on the wire. */
final class ShareInvitationOperations {
    /** The model's ShareResourceType. */
    enum ShareResourceType {
        WORKLOAD,
        LENS,
        PROFILE,
        TEMPLATE
    }

    /** The model's ShareInvitationAction. */
    enum ShareInvitationAction {
        ACCEPT,
        REJECT
    }

    private static final Pattern TEMPLATE_NAME = Pattern.compile("^[A-Za-z0-9-_.,:/()@!&?#+'\u2019\\s]+$");

    private final WellArchitectedBackend backend;

    ShareInvitationOperations(WellArchitectedBackend backend) {
        this.backend = backend;
    }

    JsonObject listShareInvitations(ApiRequest in) {
        in.queryString("WorkloadNamePrefix", false, 0, PREFIX_MAX);
        String lensNamePrefix = in.queryString("LensNamePrefix", false, 0, PREFIX_MAX);
        ShareResourceType type = in.queryEnum("ShareResourceType", ShareResourceType.class, false);
        String nextToken = in.queryString("NextToken", false, 0, NEXT_TOKEN_MAX);
        int maxResults = in.queryInteger("MaxResults", PAGE_MIN, PAGE_MAX, UndocumentedBehaviour.DEFAULT_PAGE_SIZE);
        in.queryString("ProfileNamePrefix", false, 0, PREFIX_MAX);
        String templatePrefix = in.queryString("TemplateNamePrefix", false, 0, PREFIX_MAX);
        if (templatePrefix != null && !TEMPLATE_NAME.matcher(templatePrefix).matches()) {
            in.violation(
                    "TemplateNamePrefix",
                    templatePrefix,
                    "Member must satisfy regular expression pattern: " + TEMPLATE_NAME.pattern());
        }
        in.validate();
        // The emulator holds lens invitations only; asking for another resource type finds none.
        boolean lensInvitations = type == null || type == ShareResourceType.LENS;
        Page<ShareInvitationSummary> page =
                backend.listShareInvitations(in.caller(), lensNamePrefix, lensInvitations, maxResults, nextToken);
        JsonArray summaries = new JsonArray();
        for (ShareInvitationSummary invitation : page.items()) {
            JsonObject summary = new JsonObject();
            summary.addProperty("ShareInvitationId", invitation.shareInvitationId());
            summary.addProperty("SharedBy", invitation.sharedBy());
            summary.addProperty("SharedWith", invitation.sharedWith());
            summary.addProperty("ShareResourceType", ShareResourceType.LENS.name());
            summary.addProperty("LensName", invitation.lensName());
            summary.addProperty("LensArn", invitation.lensArn());
            summaries.add(summary);
        }
        JsonObject out = new JsonObject();
        out.add("ShareInvitationSummaries", summaries);
        Json.putIfPresent(out, "NextToken", page.nextToken());
        return out;
    }

    JsonObject updateShareInvitation(ApiRequest in) {
        String invitationId = in.label("ShareInvitationId", HEX_ID);
        ShareInvitationAction action = in.bodyEnum("ShareInvitationAction", ShareInvitationAction.class, true);
        in.validate();
        ShareInvitation invitation =
                backend.updateShareInvitation(in.caller(), invitationId, action == ShareInvitationAction.ACCEPT);
        JsonObject shareInvitation = new JsonObject();
        shareInvitation.addProperty("ShareInvitationId", invitation.shareInvitationId());
        shareInvitation.addProperty("ShareResourceType", ShareResourceType.LENS.name());
        shareInvitation.addProperty("LensAlias", invitation.lensAlias());
        shareInvitation.addProperty("LensArn", invitation.lensArn());
        JsonObject out = new JsonObject();
        out.add("ShareInvitation", shareInvitation);
        return out;
    }
}
