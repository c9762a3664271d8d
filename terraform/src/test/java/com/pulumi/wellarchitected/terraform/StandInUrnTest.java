package com.pulumi.wellarchitected.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.wellarchitected.provider.catalog.Catalog;
import com.pulumi.wellarchitected.provider.grpc.NotConfigured;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandInUrnTest {

    private final TypeSchema share = new Served(new Catalog(Optional.empty(), NotConfigured.apis(), (r, m) -> {}))
            .resource("wellarchitected_lens_share")
            .orElseThrow()
            .type();

    @Test
    void eachPlannedChangeHasItsOwnUrnSoEqualInputsGetDifferentTokens() {
        assertThat(StandInUrn.planned(share, "a")).isNotEqualTo(StandInUrn.planned(share, "b"));
        assertThat(StandInUrn.planned(share, "a")).isEqualTo(StandInUrn.planned(share, "a"));
        assertThat(StandInUrn.planned(share, "")).isEqualTo(StandInUrn.of(share));
    }

    @Test
    void logLinesNameTheTypeWithoutTheNonce() {
        assertThat(StandInUrn.display(StandInUrn.planned(share, "5f1c"))).isEqualTo("wellarchitected_lens_share");
        assertThat(StandInUrn.display(StandInUrn.of(share))).isEqualTo("wellarchitected_lens_share");
        assertThat(StandInUrn.display("urn:pulumi:dev::project::wellarchitected:index:LensShare::share"))
                .isEqualTo("urn:pulumi:dev::project::wellarchitected:index:LensShare::share");
    }
}
