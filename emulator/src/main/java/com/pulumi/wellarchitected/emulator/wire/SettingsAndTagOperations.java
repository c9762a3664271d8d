package com.pulumi.wellarchitected.emulator.wire;

import com.google.gson.JsonObject;
import com.pulumi.wellarchitected.emulator.model.GlobalSettings;
import com.pulumi.wellarchitected.emulator.model.WellArchitectedBackend;

import java.util.List;
import java.util.Map;

/** GetGlobalSettings, UpdateGlobalSettings and the tagging operations on the wire. */
final class SettingsAndTagOperations {
    /** The model's OrganizationSharingStatus and DiscoveryIntegrationStatus. */
    enum SettingStatus { ENABLED, DISABLED }

    private final WellArchitectedBackend backend;

    SettingsAndTagOperations(WellArchitectedBackend backend) {
        this.backend = backend;
    }

    JsonObject getGlobalSettings(ApiRequest in) {
        in.validate();
        GlobalSettings settings = backend.globalSettings(in.caller());
        JsonObject out = new JsonObject();
        out.addProperty("OrganizationSharingStatus", settings.organizationSharingStatus());
        out.addProperty("DiscoveryIntegrationStatus", settings.discoveryIntegrationStatus());
        JsonObject jira = new JsonObject();
        jira.addProperty("IntegrationStatus", "NOT_CONFIGURED");
        out.add("JiraConfiguration", jira);
        return out;
    }

    JsonObject updateGlobalSettings(ApiRequest in) {
        SettingStatus organizationSharing = in.bodyEnum("OrganizationSharingStatus", SettingStatus.class, false);
        SettingStatus discoveryIntegration = in.bodyEnum("DiscoveryIntegrationStatus", SettingStatus.class, false);
        // Jira integration is outside the emulator's scope; its shape is still checked so bad input is refused.
        in.bodyObject("JiraConfiguration");
        in.validate();
        backend.updateGlobalSettings(in.caller(),
                organizationSharing == null ? null : organizationSharing.name(),
                discoveryIntegration == null ? null : discoveryIntegration.name());
        return null;
    }

    JsonObject tagResource(ApiRequest in) {
        String arn = in.label("WorkloadArn", 1, 2048);
        Map<String, String> tags = in.bodyTags("Tags", true);
        in.validate();
        backend.tagResource(in.caller(), arn, tags);
        return null;
    }

    JsonObject untagResource(ApiRequest in) {
        String arn = in.label("WorkloadArn", 1, 2048);
        List<String> keys = in.queryList("tagKeys", 1, 50, 1, 128);
        in.validate();
        backend.untagResource(in.caller(), arn, keys);
        return null;
    }

    JsonObject listTagsForResource(ApiRequest in) {
        String arn = in.label("WorkloadArn", 1, 2048);
        in.validate();
        JsonObject out = new JsonObject();
        out.add("Tags", Json.stringMap(backend.listTagsForResource(in.caller(), arn)));
        return out;
    }
}
