package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.wellarchitected.model.LensStatusType;
import software.amazon.awssdk.services.wellarchitected.model.OrganizationSharingStatus;

/**
 * One stack of examples/workflow walked through its life with the real {@code pulumi} CLI against the emulator: the
 * Lens, OrganizationSharing and LensShareAccepter resources and the getLensShares and getLens functions, each
 * scenario an ordered test asserting on the CLI's JSON, the checkpoint and the emulator's state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowLifecycleTest {

    private static final String ACCOUNT = WorkflowExampleStack.RECIPIENT;
    private static final String IAM_USER = WorkflowExampleStack.IAM_USER;
    private static final String OU = WorkflowExampleStack.OU;
    /** Long enough that every wait of the provider meets a listing that does not yet show what it looks for. */
    private static final long LISTING_DELAY_MS = 3_000;

    private WorkflowExampleStack stack;

    @BeforeAll
    void createStack(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path workDir) throws Exception {
        stack = WorkflowExampleStack.create(workDir);
    }

    @AfterAll
    void stopEmulator() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("up, under listing delays, publishes the lens, enables organization sharing, shares and accepts")
    void upUnderListingDelaysPublishesSharesAndAcceptsTheAccountInvitation() throws Exception {
        stack.emulator.delayListings(LISTING_DELAY_MS);
        try {
            var up = stack.pulumi.up();

            assertThat(steps(up))
                    .containsExactlyInAnyOrder(
                            "create lens",
                            "create organization-sharing",
                            "create lens-to-account",
                            "create lens-to-iamUser",
                            "create lens-to-ou",
                            "create accept-account-share");
        } finally {
            stack.emulator.delayListings(0);
        }
        var outputs = stack.pulumi.stackOutputs();
        var lensArn = outputs.get("lensArn").getAsString();

        assertThat(stack.ownerLenses()).containsExactly(lensArn + "=PUBLISHED");
        assertThat(outputs.get("lensName").getAsString()).isEqualTo("Data platform lens");
        assertThat(outputs.get("publishedVersion").getAsString()).isEqualTo("v1");
        assertThat(stack.organizationSharingStatus()).isEqualTo("ENABLED");
        assertThat(outputs.get("acceptedStatus").getAsString()).isEqualTo("ACCEPTED");
        assertThat(outputs.get("acceptedLensName").getAsString()).isEqualTo("Data platform lens");
        // Computed from getLensShares, read after the acceptance and the association.
        assertThat(principalStatuses(outputs.getAsJsonArray("shares")))
                .containsExactlyInAnyOrder(ACCOUNT + "=ACCEPTED", IAM_USER + "=PENDING", OU + "=ASSOCIATED");
        // Computed from getLens.
        assertThat(outputs.get("lensOwner").getAsString()).isEqualTo(WorkflowExampleStack.OWNER);
        assertThat(stack.sharesOf(lensArn))
                .containsExactlyInAnyOrder(ACCOUNT + "=ACCEPTED", IAM_USER + "=PENDING", OU + "=ASSOCIATED");
    }

    @Test
    @Order(2)
    @DisplayName("refresh shows the owner the account share ACCEPTED and the OU share ASSOCIATED; nothing to change")
    void refreshShowsTheAccountShareAcceptedAndTheOuShareAssociatedAndNothingToChange() throws Exception {
        stack.pulumi.refresh();

        assertThat(stack.output("lens-to-account", "status")).contains("ACCEPTED");
        assertThat(stack.output("lens-to-iamUser", "status")).contains("PENDING");
        assertThat(stack.output("lens-to-ou", "status")).contains("ASSOCIATED");
        assertThat(stack.output("accept-account-share", "status")).contains("ACCEPTED");
        assertThat(stack.output("organization-sharing", "organizationSharingStatus"))
                .contains("ENABLED");

        var preview = stack.pulumi.preview();

        assertThat(preview.changes())
                .as("change summary of a preview after up and refresh: nothing to change")
                .isEmpty();
    }

    @Test
    @Order(3)
    @DisplayName("a new versionName publishes a new version of the same lens in place: ARN and shares stay")
    void newVersionNamePublishesANewVersionInPlace() throws Exception {
        var before = stack.pulumi.stackOutputs();
        stack.pulumi.setConfig("lensVersion", "v2");

        var up = stack.pulumi.up();

        assertThat(steps(up)).filteredOn(step -> !step.startsWith("same ")).containsExactly("update lens");
        var after = stack.pulumi.stackOutputs();
        assertThat(after.get("lensArn")).isEqualTo(before.get("lensArn"));
        assertThat(after.get("publishedVersion").getAsString()).isEqualTo("v2");
        assertThat(after.get("accountShareId")).isEqualTo(before.get("accountShareId"));
        assertThat(after.get("ouShareId")).isEqualTo(before.get("ouShareId"));
        var lensArn = after.get("lensArn").getAsString();
        assertThat(stack.owner
                        .getLens(r -> r.lensAlias(lensArn).lensVersion("v2"))
                        .lens()
                        .lensVersion())
                .isEqualTo("v2");
    }

    @Test
    @Order(4)
    @DisplayName(
            "organization sharing disabled out of band: refresh sees it, up enables it and shares with the OU again")
    void organizationSharingDisabledOutOfBandIsSeenByRefreshAndEnabledAgainByUp() throws Exception {
        var lensArn = stack.pulumi.stackOutputs().get("lensArn").getAsString();
        stack.owner.updateGlobalSettings(r -> r.organizationSharingStatus(OrganizationSharingStatus.DISABLED));
        assertThat(stack.sharesOf(lensArn)).doesNotContain(OU + "=ASSOCIATED");

        var refresh = stack.pulumi.refresh();

        assertThat(steps(refresh)).doesNotContain("same organization-sharing");
        assertThat(stack.output("organization-sharing", "organizationSharingStatus"))
                .as("organization sharing after the refresh")
                .isNotEqualTo(Optional.of("ENABLED"));
        assertThat(stack.output("lens-to-ou", "status"))
                .as("the revoked OU share after the refresh")
                .isNotEqualTo(Optional.of("ASSOCIATED"));

        stack.pulumi.up();

        assertThat(stack.organizationSharingStatus()).isEqualTo("ENABLED");
        assertThat(stack.sharesOf(lensArn)).contains(OU + "=ASSOCIATED");
        assertThat(stack.output("lens-to-ou", "status")).contains("ASSOCIATED");
    }

    @Test
    @Order(5)
    @DisplayName(
            "the accepted share deleted out of band: refresh drops it and its acceptance, up shares and accepts again")
    void shareDeletedOutOfBandIsDroppedWithItsAcceptanceAndUpSharesAndAcceptsAgain() throws Exception {
        var outputs = stack.pulumi.stackOutputs();
        var lensArn = outputs.get("lensArn").getAsString();
        var deletedId = outputs.get("accountShareId").getAsString();
        stack.owner.deleteLensShare(r -> r.lensAlias(lensArn)
                .shareId(deletedId)
                .clientRequestToken(UUID.randomUUID().toString()));

        var refresh = stack.pulumi.refresh();

        assertThat(steps(refresh)).contains("delete lens-to-account", "delete accept-account-share");
        assertThat(stack.resources()).doesNotContainKeys("lens-to-account", "accept-account-share");

        var up = stack.pulumi.up();

        assertThat(steps(up)).contains("create lens-to-account", "create accept-account-share");
        var reshared = stack.pulumi.stackOutputs();
        assertThat(reshared.get("accountShareId").getAsString()).isNotEqualTo(deletedId);
        assertThat(reshared.get("acceptedStatus").getAsString()).isEqualTo("ACCEPTED");
        assertThat(stack.sharesOf(lensArn)).contains(ACCOUNT + "=ACCEPTED");
    }

    @Test
    @Order(6)
    @DisplayName("pulumi import adopts a lens by ARN, the setting by Region and an acceptance by invitation ID")
    void importAdoptsTheLensTheSettingAndTheAcceptance() throws Exception {
        var managed = stack.resources();
        var lensArn = managed.get("lens").get("id").getAsString();
        var invitationId = managed.get("accept-account-share").get("id").getAsString();
        var settingId = managed.get("organization-sharing").get("id").getAsString();
        var importFile = Files.writeString(
                stack.pulumi.directory().resolveSibling("import.json"),
                importFile(lensArn, settingId, invitationId, stack.recipientProviderUrn()));
        stack.emulator.resetMetrics();

        var imported = Deployment.of(stack.pulumi.succeed(
                "import",
                "--file",
                importFile.toString(),
                "--yes",
                "--protect=false",
                "--generate-code=false",
                "--skip-preview",
                "--json"));

        assertThat(steps(imported))
                .filteredOn(step -> step.startsWith("import "))
                .containsExactlyInAnyOrder(
                        "import adopted-lens", "import adopted-organization-sharing", "import adopted-acceptance");
        var adopted = stack.resources();
        assertThat(adopted.get("adopted-lens").get("id").getAsString()).isEqualTo(lensArn);
        assertThat(stack.output("adopted-lens", "name")).contains("Data platform lens");
        assertThat(stack.output("adopted-lens", "publishedVersion")).contains("v2");
        assertThat(stack.output("adopted-organization-sharing", "organizationSharingStatus"))
                .contains("ENABLED");
        assertThat(stack.output("adopted-acceptance", "lensArn")).contains(lensArn);
        assertThat(stack.output("adopted-acceptance", "status")).contains("ACCEPTED");
        assertThat(stack.emulator.calls("ImportLens")
                        + stack.emulator.calls("UpdateGlobalSettings")
                        + stack.emulator.calls("UpdateShareInvitation"))
                .as("import only reads")
                .isZero();

        // The program does not declare the adopted copies: forget them so that no later up deletes what they name.
        for (var name : List.of("adopted-lens", "adopted-organization-sharing", "adopted-acceptance")) {
            stack.pulumi.succeed("state", "delete", adopted.get(name).get("urn").getAsString(), "--yes");
        }
        var preview = stack.pulumi.preview();
        assertThat(preview.changes())
                .as("change summary of the preview after import")
                .isEmpty();
    }

    @Test
    @Order(7)
    @DisplayName("the lens deleted out of band: refresh drops it and its shares, up publishes and shares a new one")
    void lensDeletedOutOfBandIsDroppedByRefreshAndPublishedAgainByUp() throws Exception {
        var deletedArn = stack.pulumi.stackOutputs().get("lensArn").getAsString();
        stack.owner.deleteLens(r -> r.lensAlias(deletedArn)
                .lensStatus(LensStatusType.PUBLISHED)
                .clientRequestToken(UUID.randomUUID().toString()));

        var refresh = stack.pulumi.refresh();

        assertThat(steps(refresh)).contains("delete lens");
        assertThat(stack.resources()).doesNotContainKey("lens");

        var up = stack.pulumi.up();

        assertThat(steps(up)).contains("create lens");
        var outputs = stack.pulumi.stackOutputs();
        var lensArn = outputs.get("lensArn").getAsString();
        assertThat(lensArn).isNotEqualTo(deletedArn);
        assertThat(stack.sharesOf(lensArn))
                .containsExactlyInAnyOrder(ACCOUNT + "=ACCEPTED", IAM_USER + "=PENDING", OU + "=ASSOCIATED");
        assertThat(principalStatuses(outputs.getAsJsonArray("shares")))
                .containsExactlyInAnyOrder(ACCOUNT + "=ACCEPTED", IAM_USER + "=PENDING", OU + "=ASSOCIATED");
    }

    @Test
    @Order(8)
    @DisplayName("destroy deletes the lens and its shares, leaves organization sharing on and an empty stack")
    void destroyDeletesTheLensAndItsSharesAndLeavesOrganizationSharingOn() throws Exception {
        var lensArn = stack.pulumi.stackOutputs().get("lensArn").getAsString();

        var destroy = stack.pulumi.destroy();

        assertThat(steps(destroy))
                .containsExactlyInAnyOrder(
                        "delete lens",
                        "delete organization-sharing",
                        "delete lens-to-account",
                        "delete lens-to-iamUser",
                        "delete lens-to-ou",
                        "delete accept-account-share");
        assertThat(stack.resources()).isEmpty();
        assertThat(stack.ownerLenses()).doesNotContain(lensArn + "=PUBLISHED");
        assertThat(stack.sharesOf(lensArn))
                .noneMatch(share -> share.endsWith("=ACCEPTED") || share.endsWith("=ASSOCIATED"));
        // Turning it off would revoke organization shares this stack does not own, so delete leaves it on.
        assertThat(stack.organizationSharingStatus()).isEqualTo("ENABLED");
    }

    /** The steps on the provider's resources, as {@code op name}. */
    private static List<String> steps(Deployment deployment) {
        return deployment.steps().stream()
                .filter(step -> step.type().startsWith("wellarchitected:index:"))
                .map(step -> step.op() + " " + step.name())
                .toList();
    }

    private static List<String> principalStatuses(JsonArray shares) {
        var result = new ArrayList<String>();
        for (var element : shares) {
            var share = element.getAsJsonObject();
            result.add(share.get("sharedWith").getAsString() + "="
                    + share.get("status").getAsString());
        }
        return result;
    }

    private static String importFile(String lensArn, String settingId, String invitationId, String recipientUrn) {
        var nameTable = new JsonObject();
        nameTable.addProperty("recipient", recipientUrn);
        var resources = new JsonArray();
        resources.add(importEntry("wellarchitected:index:Lens", "adopted-lens", lensArn, null));
        resources.add(importEntry(
                "wellarchitected:index:OrganizationSharing", "adopted-organization-sharing", settingId, null));
        resources.add(importEntry(
                "wellarchitected:index:LensShareAccepter", "adopted-acceptance", invitationId, "recipient"));
        var file = new JsonObject();
        file.add("nameTable", nameTable);
        file.add("resources", resources);
        return file.toString();
    }

    private static JsonObject importEntry(String type, String name, String id, String provider) {
        var entry = new JsonObject();
        entry.addProperty("type", type);
        entry.addProperty("name", name);
        entry.addProperty("id", id);
        if (provider != null) {
            entry.addProperty("provider", provider);
        }
        return entry;
    }
}
