package com.pulumi.wellarchitected.provider.lensshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LensShareIdTest {

    private static final String LENS =
            "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";
    private static final String EXPECTED = ": expected the custom lens ARN and the 32-hex-character share ID joined "
            + "by |, for example arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef"
            + "|aaaabbbbccccddddeeeeffff00001111";

    @Test
    void anIdRoundTripsThroughItsText() {
        LensShareId id = LensShareId.parse(LENS + "|aaaabbbbccccddddeeeeffff00001111");
        assertThat(id.lens().toString()).isEqualTo(LENS);
        assertThat(id.shareId()).isEqualTo("aaaabbbbccccddddeeeeffff00001111");
        assertThat(LensShareId.parse(id.toString())).isEqualTo(id);
    }

    @Test
    void anIdTypedWithUpperCaseAndBlanksIsNormalised() {
        assertThat(LensShareId.parse(" " + LENS.toUpperCase(Locale.ROOT) + " | AAAABBBBCCCCDDDDEEEEFFFF00001111 ")
                        .toString())
                .isEqualTo(LENS + "|aaaabbbbccccddddeeeeffff00001111");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "aaaabbbbccccddddeeeeffff00001111",
                LENS,
                LENS + "|",
                LENS + "|xyz",
                LENS + "/aaaabbbbccccddddeeeeffff00001111"
            })
    void aMalformedIdShowsTheExpectedForm(String id) {
        assertThatThrownBy(() -> LensShareId.parse(id))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("lens share ID \"" + id + "\" is not <lens ARN>|<share ID>" + EXPECTED);
    }

    @Test
    void anIdOfAnOfficialLensSaysWhyTheLensPartIsWrong() {
        String id = "serverless|aaaabbbbccccddddeeeeffff00001111";
        assertThatThrownBy(() -> LensShareId.parse(id))
                .hasMessage("lens share ID \"" + id
                        + "\" is not <lens ARN>|<share ID> (the lens part: this is an AWS official lens, and AWS official "
                        + "lenses cannot be shared: give the ARN of a custom lens you own, "
                        + "arn:aws:wellarchitected:<region>:<account ID>:lens/<32 hex characters>.)" + EXPECTED);
    }
}
