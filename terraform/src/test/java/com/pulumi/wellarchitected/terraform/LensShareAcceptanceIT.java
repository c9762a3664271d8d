package com.pulumi.wellarchitected.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.wellarchitected.emulator.EmulatorOptions;
import com.pulumi.wellarchitected.emulator.EmulatorServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.LensShareSummary;

/** wellarchitected_lens_share through the real {@code tofu} against the emulator, from apply to destroy. */
class LensShareAcceptanceIT {

    private static final String OWNER = "111122223333";
    private static final String RECIPIENT = "444455556666";
    private static final String OTHER_RECIPIENT = "777788889999";
    private static final String REGION = "us-east-1";
    private static final String SECRET_KEY = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYSECRETKEY";
    private static final Pattern SHARE_ID = Pattern.compile("\"share_id\": \"([^\"]+)\"");

    @TempDir
    Path workDir;

    private EmulatorServer emulator;
    private Tofu tofu;
    private String lens;

    @BeforeEach
    void start() throws Exception {
        emulator = EmulatorServer.start(EmulatorOptions.ephemeral());
        tofu = Tofu.in(workDir, Path.of("bin"));
        lens = EmulatorControl.seedLens(emulator.endpoint(), REGION, OWNER);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void anAppliedShareHasEmptyPlansAndAnOutOfBandDeleteIsDrift() throws Exception {
        configure(lens, RECIPIENT);
        tofu.run("apply", "-auto-approve").exits(0);
        assertThat(liveShares()).extracting(LensShareSummary::sharedWith).containsExactly(RECIPIENT);

        tofu.run("plan", "-refresh=false", "-detailed-exitcode").exits(0);
        tofu.run("plan", "-detailed-exitcode").exits(0);
        tofu.run("plan", "-refresh-only", "-detailed-exitcode").exits(0);

        String shareId = stateShareId();
        try (WellArchitectedClient owner = EmulatorControl.client(emulator.endpoint(), REGION, OWNER, SECRET_KEY)) {
            owner.deleteLensShare(r -> r.lensAlias(lens).shareId(shareId).clientRequestToken("out-of-band"));
        }
        awaitNoLiveShares();
        tofu.run("plan", "-refresh-only", "-detailed-exitcode").exits(2);

        tofu.run("destroy", "-auto-approve").exits(0);
        assertThat(liveShares()).isEmpty();
    }

    @Test
    void applyAndDestroySurviveErrorsAndThrottling() throws Exception {
        // A call fails for good only if all its 21 attempts fail, at 0.2 + 0.8 × 0.3 = 44 % each: about 3 in 100
        // million per call.
        Files.writeString(
                workDir.resolve("main.tf"),
                Tofu.providerBlock(
                                REGION, OWNER, SECRET_KEY, emulator.endpoint().toString(), "  max_retries = 20\n")
                        + """
                        resource "wellarchitected_lens_share" "share" {
                          count       = 5
                          lens_alias  = "%s"
                          shared_with = format("4444555566%%02d", count.index)
                        }
                        """.formatted(lens));
        EmulatorControl.faults(emulator.endpoint(), "{\"errorRate\":0.2,\"throttleRate\":0.3,\"seed\":6}");
        tofu.run("apply", "-auto-approve").exits(0);
        EmulatorControl.faults(emulator.endpoint(), "{}");
        assertThat(liveShares())
                .extracting(LensShareSummary::sharedWith)
                .hasSize(5)
                .doesNotHaveDuplicates();

        EmulatorControl.faults(emulator.endpoint(), "{\"errorRate\":0.2,\"throttleRate\":0.3,\"seed\":7}");
        tofu.run("destroy", "-auto-approve").exits(0);
        EmulatorControl.faults(emulator.endpoint(), "{}");
        awaitNoLiveShares();
    }

    @Test
    void anImportedShareHasAnEmptyPlan() throws Exception {
        String shareId;
        try (WellArchitectedClient owner = EmulatorControl.client(emulator.endpoint(), REGION, OWNER, SECRET_KEY)) {
            shareId = owner.createLensShare(
                            r -> r.lensAlias(lens).sharedWith(RECIPIENT).clientRequestToken("import"))
                    .shareId();
        }
        configure(lens, RECIPIENT);

        tofu.run("import", "wellarchitected_lens_share.share", lens + "|" + shareId)
                .exits(0);

        tofu.run("plan", "-detailed-exitcode").exits(0);
        assertThat(stateShareId()).isEqualTo(shareId);
    }

    @Test
    void changingTheRecipientReplacesTheShare() throws Exception {
        configure(lens, RECIPIENT);
        tofu.run("apply", "-auto-approve").exits(0);
        String first = stateShareId();

        configure(lens, OTHER_RECIPIENT);
        Tofu.Result plan = tofu.run("plan", "-detailed-exitcode").exits(2);
        assertThat(plan.output()).contains("must be replaced").contains("forces replacement");
        tofu.run("apply", "-auto-approve").exits(0);

        assertThat(stateShareId()).isNotEqualTo(first);
        assertThat(liveShares()).extracting(LensShareSummary::sharedWith).containsExactly(OTHER_RECIPIENT);
    }

    @Test
    void aForcedReplacementSharesTheSameLensAnew() throws Exception {
        configure(lens, RECIPIENT);
        tofu.run("apply", "-auto-approve").exits(0);
        String first = stateShareId();

        tofu.run("apply", "-auto-approve", "-replace=wellarchitected_lens_share.share")
                .exits(0);

        assertThat(stateShareId()).isNotEqualTo(first);
        assertThat(liveShares()).extracting(LensShareSummary::shareId).containsExactly(stateShareId());
    }

    @Test
    void aMalformedLensAliasFailsThePlanNamingTheAttribute() throws Exception {
        configure("not-an-arn", RECIPIENT);

        Tofu.Result plan = tofu.run("plan").exits(1);

        assertThat(plan.output()).contains("Invalid lens_alias").contains("lens_alias");
        assertThat(plan.output()).doesNotContain(SECRET_KEY);
        assertThat(liveShares()).isEmpty();
    }

    private void configure(String lensAlias, String sharedWith) throws IOException {
        Files.writeString(
                workDir.resolve("main.tf"),
                Tofu.providerBlock(
                                REGION, OWNER, SECRET_KEY, emulator.endpoint().toString())
                        + """
                resource "wellarchitected_lens_share" "share" {
                  lens_alias  = "%s"
                  shared_with = "%s"
                }
                """.formatted(lensAlias, sharedWith));
    }

    private String stateShareId() throws IOException {
        Matcher matcher = SHARE_ID.matcher(Files.readString(workDir.resolve("terraform.tfstate")));
        assertThat(matcher.find()).as("the state holds a share_id").isTrue();
        return matcher.group(1);
    }

    private List<LensShareSummary> liveShares() {
        try (WellArchitectedClient owner = EmulatorControl.client(emulator.endpoint(), REGION, OWNER, SECRET_KEY)) {
            return owner.listLensShares(r -> r.lensAlias(lens)).lensShareSummaries().stream()
                    .filter(share -> List.of("PENDING", "ACCEPTED").contains(share.statusAsString()))
                    .toList();
        }
    }

    /** The emulator, like AWS, lists a deleted share for a while: the drift check waits until it does not. */
    private void awaitNoLiveShares() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!liveShares().isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the deleted share is still listed after 60 s: " + liveShares());
            }
            Thread.sleep(200);
        }
    }
}
