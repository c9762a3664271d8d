package com.wellarchitectedlens.wellarchitected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.core.Output;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.test.PulumiTest;
import org.junit.jupiter.api.Test;

class LensShareArgsTest {

    private static final String LENS =
            "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";

    @Test
    void buildWithoutLensAliasNamesTheMissingInput() {
        var builder = LensShareArgs.builder().sharedWith("444455556666");
        assertThatThrownBy(builder::build)
                .isInstanceOf(MissingRequiredPropertyException.class)
                .hasMessageContaining("lensAlias");
    }

    @Test
    void buildWithoutSharedWithNamesTheMissingInput() {
        var builder = LensShareArgs.builder().lensAlias(LENS);
        assertThatThrownBy(builder::build)
                .isInstanceOf(MissingRequiredPropertyException.class)
                .hasMessageContaining("sharedWith");
    }

    @Test
    void plainAndOutputOverloadsCarryTheSameValues() {
        var plain = LensShareArgs.builder()
                .lensAlias(LENS)
                .sharedWith("444455556666")
                .build();
        var outputs = LensShareArgs.builder()
                .lensAlias(Output.of(LENS))
                .sharedWith(Output.of("444455556666"))
                .build();

        assertThat(PulumiTest.extractValue(plain.lensAlias()))
                .isEqualTo(PulumiTest.extractValue(outputs.lensAlias()))
                .isEqualTo(LENS);
        assertThat(PulumiTest.extractValue(plain.sharedWith()))
                .isEqualTo(PulumiTest.extractValue(outputs.sharedWith()))
                .isEqualTo("444455556666");
    }

    @Test
    void builderFromDefaultsCopiesWithoutSharingState() {
        var original = LensShareArgs.builder()
                .lensAlias(LENS)
                .sharedWith("444455556666")
                .build();
        var copy =
                LensShareArgs.builder(original).sharedWith("ou-ab12-cdef3456").build();

        assertThat(PulumiTest.extractValue(copy.lensAlias())).isEqualTo(LENS);
        assertThat(PulumiTest.extractValue(copy.sharedWith())).isEqualTo("ou-ab12-cdef3456");
        assertThat(PulumiTest.extractValue(original.sharedWith())).isEqualTo("444455556666");
    }
}
