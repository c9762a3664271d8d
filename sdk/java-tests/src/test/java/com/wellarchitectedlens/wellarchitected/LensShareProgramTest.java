package com.wellarchitectedlens.wellarchitected;

import static com.wellarchitectedlens.wellarchitected.SecurityLensSharing.EU_LENS;
import static com.wellarchitectedlens.wellarchitected.SecurityLensSharing.LENS;
import static com.wellarchitectedlens.wellarchitected.SecurityLensSharing.PROD_ACCOUNT;
import static com.wellarchitectedlens.wellarchitected.SecurityLensSharing.WORKLOADS_OU;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Unit tests of a user program with mocks, the pattern sdk/java/README.md documents. */
class LensShareProgramTest {

    private final LensShareMocks mocks = new LensShareMocks();

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    private TestResult run() {
        return PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder()
                        .projectName("lens-share")
                        .stackName("test")
                        .build())
                .runTest(SecurityLensSharing::stack)
                .throwOnError();
    }

    @Test
    void programExportsEachShareIdAndStatus() {
        var result = run();

        assertThat(PulumiTest.extractValue(result.output("prodShareId", String.class)))
                .isEqualTo(LensShareMocks.shareIdFor("security-lens-to-prod"));
        assertThat(PulumiTest.extractValue(result.output("prodStatus", String.class)))
                .isEqualTo("PENDING");
        assertThat(PulumiTest.extractValue(result.output("workloadsShareId", String.class)))
                .isEqualTo(LensShareMocks.shareIdFor("eu-security-lens-to-workloads"));
        assertThat(PulumiTest.extractValue(result.output("workloadsStatus", String.class)))
                .isEqualTo("ASSOCIATED");
    }

    @Test
    void programRegistersOneLensSharePerPrincipalWithItsInputs() {
        var result = run();

        var shares = result.resources().stream()
                .filter(LensShare.class::isInstance)
                .map(LensShare.class::cast)
                .toList();
        assertThat(shares)
                .extracting(r -> r.pulumiResourceName())
                .containsExactlyInAnyOrder("security-lens-to-prod", "eu-security-lens-to-workloads");
        var prod = mocks.registration("security-lens-to-prod");
        assertThat(prod.type).isEqualTo("wellarchitected:index:LensShare");
        assertThat(prod.inputs).containsEntry("lensAlias", LENS).containsEntry("sharedWith", PROD_ACCOUNT);
        assertThat(mocks.registration("eu-security-lens-to-workloads").inputs)
                .containsEntry("lensAlias", EU_LENS)
                .containsEntry("sharedWith", WORKLOADS_OU);
    }

    @Test
    void shareIdIsTheLensAliasAndShareIdJoinedByABar() {
        var result = run();

        var prod = result.resources().stream()
                .filter(LensShare.class::isInstance)
                .map(LensShare.class::cast)
                .filter(r -> r.pulumiResourceName().equals("security-lens-to-prod"))
                .findFirst()
                .orElseThrow();
        assertThat(PulumiTest.extractValue(prod.id()))
                .isEqualTo(LENS + "|" + LensShareMocks.shareIdFor("security-lens-to-prod"));
        assertThat(PulumiTest.extractValue(prod.statusMessage())).isEmpty();
    }

    @Test
    void explicitProviderCarriesItsRegionAndServesOnlyTheShareThatNamesIt() {
        run();

        var provider = mocks.registration("eu-west-1");
        assertThat(provider.type).isEqualTo("pulumi:providers:wellarchitected");
        assertThat(provider.inputs).containsEntry("region", "eu-west-1");
        assertThat(mocks.registration("eu-security-lens-to-workloads").provider)
                .contains("pulumi:providers:wellarchitected::eu-west-1");
        assertThat(mocks.registration("security-lens-to-prod").provider).doesNotContain("::eu-west-1");
    }

    @Test
    void getAdoptsAnExistingShareByItsId() {
        var shareId = "aaaabbbbccccddddeeeeffff00001111";
        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder()
                        .projectName("lens-share")
                        .stackName("test")
                        .build())
                .runTest(ctx -> {
                    var existing = LensShare.get("existing", Output.of(LENS + "|" + shareId), null);
                    ctx.export("shareId", existing.shareId());
                })
                .throwOnError();

        assertThat(mocks.registration("existing").id).isEqualTo(LENS + "|" + shareId);
        assertThat(PulumiTest.extractValue(result.output("shareId", String.class)))
                .isEqualTo(shareId);
    }
}
