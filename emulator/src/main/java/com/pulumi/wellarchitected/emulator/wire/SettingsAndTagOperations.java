package com.pulumi.wellarchitected.emulator.wire;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.pulumi.wellarchitected.emulator.errors.ValidationException;
import com.pulumi.wellarchitected.emulator.model.GlobalSettings;
import com.pulumi.wellarchitected.emulator.model.WellArchitectedBackend;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** GetGlobalSettings, UpdateGlobalSettings and the tagging operations on the wire. */
final class SettingsAndTagOperations {
    /** The model's OrganizationSharingStatus and DiscoveryIntegrationStatus. */
    enum SettingStatus {
        ENABLED,
        DISABLED
    }

    private static final Pattern JIRA_PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,99}");

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
        checkJiraConfiguration(in, in.bodyObject("JiraConfiguration"));
        in.validate();
        backend.updateGlobalSettings(
                in.caller(),
                organizationSharing == null ? null : organizationSharing.name(),
                discoveryIntegration == null ? null : discoveryIntegration.name());
        return null;
    }

    /** Jira integration is outside the emulator's scope, but its members' constraints are still enforced. */
    private static void checkJiraConfiguration(ApiRequest in, JsonObject jira) {
        if (jira == null) {
            return;
        }
        checkEnumMember(in, jira, "IssueManagementStatus", "ENABLED", "DISABLED");
        checkEnumMember(in, jira, "IssueManagementType", "AUTO", "MANUAL");
        checkEnumMember(in, jira, "IntegrationStatus", "NOT_CONFIGURED");
        JsonElement key = jira.get("JiraProjectKey");
        if (key != null && !key.isJsonNull()) {
            if (!key.isJsonPrimitive() || !key.getAsJsonPrimitive().isString()) {
                throw ValidationException.cannotParse(
                        "JiraConfiguration.JiraProjectKey", "JiraProjectKey must be a string");
            }
            if (!JIRA_PROJECT_KEY.matcher(key.getAsString()).matches()) {
                in.violation(
                        "JiraConfiguration.JiraProjectKey",
                        key.getAsString(),
                        "Member must have length between 1 and 100 and satisfy regular expression pattern: "
                                + JIRA_PROJECT_KEY.pattern());
            }
        }
    }

    private static void checkEnumMember(ApiRequest in, JsonObject object, String member, String... allowed) {
        JsonElement value = object.get(member);
        if (value == null || value.isJsonNull()) {
            return;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw ValidationException.cannotParse("JiraConfiguration." + member, member + " must be a string");
        }
        if (!List.of(allowed).contains(value.getAsString())) {
            in.violation(
                    "JiraConfiguration." + member,
                    value.getAsString(),
                    "Member must satisfy enum value set: " + List.of(allowed));
        }
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
