package com.pulumi.wellarchitected.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    @Test
    void theLongestPropertyNameIsRenamedFirst() {
        String renamed = Diagnostics.renamed(
                "sharedWithPrefix has 101 characters; sharedWith is fine",
                Map.of("sharedWith", "shared_with", "sharedWithPrefix", "shared_with_prefix"));

        assertThat(renamed).isEqualTo("shared_with_prefix has 101 characters; shared_with is fine");
    }

    @Test
    void theAdviceToRunPulumiImportBecomesTheAdviceToRunTofuImport() {
        String id = "'arn:aws:wellarchitected:us-east-1:111122223333:lens/abc|0123'";
        String core = "ConflictException: already shared. The lens is already shared with 444455556666 by share 0123;"
                + " to manage that share with Pulumi, run `pulumi import wellarchitected:index:LensShare"
                + " wellarchitected_lens_share#nonce " + id + "`";

        String advice = Diagnostics.forTerraform(core, "wellarchitected_lens_share");

        assertThat(advice)
                .startsWith("ConflictException: already shared. The lens is already shared with 444455556666")
                .endsWith("with OpenTofu or Terraform, run `tofu import wellarchitected_lens_share.<name> " + id + "`")
                .doesNotContain("pulumi");
    }
}
