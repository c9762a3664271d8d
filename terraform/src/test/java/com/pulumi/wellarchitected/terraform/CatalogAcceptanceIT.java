package com.pulumi.wellarchitected.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.wellarchitected.emulator.EmulatorOptions;
import com.pulumi.wellarchitected.emulator.EmulatorServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.ResourceNotFoundException;

/**
 * Every resource type and data source besides the lens share through the real {@code tofu} against one emulator:
 * each test acts as its own AWS accounts (the emulator takes a 12-digit access key for that account), so they
 * share nothing.
 */
class CatalogAcceptanceIT {

    private static final String REGION = "us-east-1";
    private static final String SECRET_KEY = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYSECRETKEY";

    private static EmulatorServer emulator;

    @TempDir
    Path workDir;

    private Tofu tofu;

    @BeforeAll
    static void startEmulator() throws IOException {
        emulator = EmulatorServer.start(EmulatorOptions.ephemeral());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void workingDirectory() throws IOException {
        tofu = Tofu.in(workDir, Path.of("bin"));
    }

    @Test
    void aLensIsCreatedUpdatedInPlaceImportedAndDestroyed() throws Exception {
        String owner = "210000000001";
        configure(providers(owner) + lens("1.0", "Platform lens") + """
                output "arn" { value = wellarchitected_lens.lens.lens_arn }
                output "version" { value = wellarchitected_lens.lens.published_version }
                """);
        tofu.run("apply", "-auto-approve").exits(0);
        String arn = output("arn");
        assertThat(arn).startsWith("arn:aws:wellarchitected:" + REGION + ":" + owner + ":lens/");
        assertThat(output("version")).isEqualTo("1.0");
        tofu.run("plan", "-detailed-exitcode").exits(0);
        tofu.run("plan", "-refresh-only", "-detailed-exitcode").exits(0);

        configure(providers(owner) + lens("2.0", "Platform lens, second edition") + """
                output "arn" { value = wellarchitected_lens.lens.lens_arn }
                output "version" { value = wellarchitected_lens.lens.published_version }
                """);
        Tofu.Result update = tofu.run("plan", "-detailed-exitcode").exits(2);
        assertThat(update.output()).contains("updated in-place").doesNotContain("forces replacement");
        tofu.run("apply", "-auto-approve").exits(0);
        assertThat(output("arn")).isEqualTo(arn);
        assertThat(output("version")).isEqualTo("2.0");
        try (WellArchitectedClient aws = EmulatorControl.client(emulator.endpoint(), REGION, owner, SECRET_KEY)) {
            assertThat(aws.getLens(r -> r.lensAlias(arn)).lens().name()).isEqualTo("Platform lens, second edition");
        }

        // Forgotten by the state, as when the lens was made elsewhere; then imported by the ID pulumi import takes too.
        Files.delete(workDir.resolve("terraform.tfstate"));
        tofu.run("import", "wellarchitected_lens.lens", arn).exits(0);
        // AWS gives no lens document back, so the first plan after an import adopts the configured one: a change of
        // that attribute alone, which the apply records without publishing anything.
        Tofu.Result adopt = tofu.run("plan", "-detailed-exitcode").exits(2);
        assertThat(adopt.output()).contains("+ document").contains("0 to add, 1 to change, 0 to destroy");
        assertThat(adopt.output()).doesNotContain("version_name");
        tofu.run("apply", "-auto-approve").exits(0);
        tofu.run("plan", "-detailed-exitcode").exits(0);
        try (WellArchitectedClient aws = EmulatorControl.client(emulator.endpoint(), REGION, owner, SECRET_KEY)) {
            assertThat(aws.getLens(r -> r.lensAlias(arn)).lens().lensVersion()).isEqualTo("2.0");
        }

        tofu.run("destroy", "-auto-approve").exits(0);
        try (WellArchitectedClient aws = EmulatorControl.client(emulator.endpoint(), REGION, owner, SECRET_KEY)) {
            assertThatThrownBy(() -> aws.getLens(r -> r.lensAlias(arn))).isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void theRecipientAcceptsAShareThroughItsOwnProviderConfiguration() throws Exception {
        String owner = "210000000002";
        String recipient = "210000000003";
        configure(providers(owner)
                + """
                provider "wellarchitected" {
                  alias      = "recipient"
                  region     = "%s"
                  access_key = "%s"
                  secret_key = "%s"
                  endpoint   = "%s"
                }
                resource "wellarchitected_lens_share" "share" {
                  lens_alias  = wellarchitected_lens.lens.lens_arn
                  shared_with = "%s"
                }
                resource "wellarchitected_lens_share_accepter" "accept" {
                  provider = wellarchitected.recipient
                  lens_arn = wellarchitected_lens_share.share.lens_arn
                }
                output "status" { value = wellarchitected_lens_share_accepter.accept.status }
                output "invitation" { value = wellarchitected_lens_share_accepter.accept.share_invitation_id }
                output "lens_name" { value = wellarchitected_lens_share_accepter.accept.lens_name }
                """.formatted(REGION, recipient, SECRET_KEY, emulator.endpoint(), recipient)
                + lens("1.0", "Shared lens"));

        tofu.run("apply", "-auto-approve").exits(0);

        assertThat(output("status")).isEqualTo("ACCEPTED");
        assertThat(output("invitation")).matches("[0-9a-f]{32}");
        assertThat(output("lens_name")).isEqualTo("Shared lens");
        tofu.run("plan", "-detailed-exitcode").exits(0);
        tofu.run("destroy", "-auto-approve").exits(0);
    }

    @Test
    void organizationSharingIsEnabledThenTurnedOff() throws Exception {
        String owner = "210000000004";
        configure(providers(owner) + """
                resource "wellarchitected_organization_sharing" "org" {}
                output "status" { value = wellarchitected_organization_sharing.org.organization_sharing_status }
                output "enabled" { value = wellarchitected_organization_sharing.org.enabled }
                """);
        tofu.run("apply", "-auto-approve").exits(0);
        assertThat(output("status")).isEqualTo("ENABLED");
        assertThat(output("enabled")).isEqualTo("true");
        tofu.run("plan", "-detailed-exitcode").exits(0);

        configure(providers(owner) + """
                resource "wellarchitected_organization_sharing" "org" { enabled = false }
                output "status" { value = wellarchitected_organization_sharing.org.organization_sharing_status }
                """);
        Tofu.Result update = tofu.run("plan", "-detailed-exitcode").exits(2);
        assertThat(update.output()).contains("updated in-place");
        tofu.run("apply", "-auto-approve").exits(0);
        assertThat(output("status")).isEqualTo("DISABLED");
        tofu.run("plan", "-detailed-exitcode").exits(0);

        tofu.run("destroy", "-auto-approve").exits(0);
        try (WellArchitectedClient aws = EmulatorControl.client(emulator.endpoint(), REGION, owner, SECRET_KEY)) {
            assertThat(aws.getGlobalSettings(r -> {}).organizationSharingStatusAsString())
                    .isEqualTo("DISABLED");
        }
    }

    @Test
    void theDataSourcesReadALensAndItsShares() throws Exception {
        String owner = "210000000005";
        String recipient = "210000000006";
        String lens = EmulatorControl.seedLens(emulator.endpoint(), REGION, owner);
        String shareId;
        try (WellArchitectedClient aws = EmulatorControl.client(emulator.endpoint(), REGION, owner, SECRET_KEY)) {
            shareId = aws.createLensShare(
                            r -> r.lensAlias(lens).sharedWith(recipient).clientRequestToken("seed"))
                    .shareId();
        }
        configure(providers(owner) + """
                data "wellarchitected_lens_shares" "shares" { lens_arn = "%s" }
                data "wellarchitected_lens" "lens" { lens_alias = "%s" }
                output "shares" { value = data.wellarchitected_lens_shares.shares.shares }
                output "shares_id" { value = data.wellarchitected_lens_shares.shares.id }
                output "name" { value = data.wellarchitected_lens.lens.name }
                output "owner" { value = data.wellarchitected_lens.lens.owner }
                output "lens_id" { value = data.wellarchitected_lens.lens.id }
                """.formatted(lens, lens));

        tofu.run("apply", "-auto-approve").exits(0);

        JsonArray shares = JsonParser.parseString(
                        tofu.run("output", "-json", "shares").exits(0).output())
                .getAsJsonArray();
        assertThat(shares).hasSize(1);
        JsonObject share = shares.get(0).getAsJsonObject();
        assertThat(share.get("share_id").getAsString()).isEqualTo(shareId);
        assertThat(share.get("shared_with").getAsString()).isEqualTo(recipient);
        assertThat(share.get("status").getAsString()).isEqualTo("PENDING");
        assertThat(share.get("status_message").isJsonNull()).isTrue();
        assertThat(output("shares_id")).isEqualTo(lens);
        assertThat(output("name")).isEqualTo("Security lens");
        assertThat(output("owner")).isEqualTo(owner);
        assertThat(output("lens_id")).isEqualTo(lens);
    }

    @Test
    void aBadInputOnEachResourceFailsThePlanNamingTheAttribute() throws Exception {
        configure(providers("210000000007") + """
                resource "wellarchitected_lens" "lens" {
                  document     = "not a lens"
                  version_name = "1.0"
                }
                resource "wellarchitected_lens_share" "share" {
                  lens_alias  = "not-an-arn"
                  shared_with = "444455556666"
                }
                resource "wellarchitected_lens_share_accepter" "accept" {
                  share_invitation_id = "xyz"
                }
                resource "wellarchitected_organization_sharing" "org" { enabled = "perhaps" }
                data "wellarchitected_lens_shares" "shares" {
                  lens_arn = "arn:aws:wellarchitected:us-east-1:210000000007:lens/0123456789abcdef0123456789abcdef"
                  status   = "SHARED"
                }
                """);

        Tofu.Result plan = tofu.run("plan").exits(1);

        assertThat(plan.output())
                .contains("Invalid document", "the document is not JSON")
                .contains("Invalid lens_alias")
                .contains("Invalid share_invitation_id", "32 hex characters")
                .contains("Invalid status", "is no share status")
                .containsPattern("(?s)Incorrect attribute value type.*enabled");
        assertThat(plan.output()).doesNotContain(SECRET_KEY);
    }

    private static String providers(String account) {
        return Tofu.providerBlock(
                REGION, account, SECRET_KEY, emulator.endpoint().toString());
    }

    private String lens(String version, String name) throws IOException {
        Files.writeString(workDir.resolve("lens.json"), document(name));
        return """
                resource "wellarchitected_lens" "lens" {
                  document     = file("${path.module}/lens.json")
                  version_name = "%s"
                }
                """.formatted(version);
    }

    private void configure(String hcl) throws IOException {
        Files.writeString(workDir.resolve("main.tf"), hcl);
    }

    private String output(String name) {
        return tofu.run("output", "-raw", name).exits(0).output().strip();
    }

    private static String document(String name) {
        return """
                {
                  "schemaVersion": "2021-11-01",
                  "name": "%s",
                  "description": "Practices reviewed before a release.",
                  "pillars": [
                    {
                      "id": "ops",
                      "name": "Operations",
                      "questions": [
                        {
                          "id": "ops_backups",
                          "title": "How do you protect data against loss?",
                          "choices": [
                            {"id": "ops_backups_automated", "title": "Backups run on a schedule"},
                            {"id": "ops_backups_restored", "title": "Restores are tested"}
                          ],
                          "riskRules": [
                            {"condition": "ops_backups_automated && ops_backups_restored", "risk": "NO_RISK"},
                            {"condition": "default", "risk": "HIGH_RISK"}
                          ]
                        }
                      ]
                    }
                  ]
                }
                """.formatted(name);
    }
}
