package com.pulumi.wellarchitected.provider.lensshare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClientRequestTokenTest {

    @Test
    void theSameSeedGivesTheSameTokenAndAnotherSeedAnother() {
        byte[] seed = "seed-1".getBytes(StandardCharsets.UTF_8);
        assertThat(ClientRequestToken.fromSeed(seed)).isEqualTo(ClientRequestToken.fromSeed(seed.clone()));
        assertThat(ClientRequestToken.fromSeed(seed))
                .isNotEqualTo(ClientRequestToken.fromSeed("seed-2".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void withoutASeedEveryTokenIsNew() {
        assertThat(ClientRequestToken.fromSeed(new byte[0])).isNotEqualTo(ClientRequestToken.fromSeed(new byte[0]));
    }

    @Test
    void theNextTokenIsDeterministicAndDifferent() {
        assertThat(ClientRequestToken.next("a"))
                .isEqualTo(ClientRequestToken.next("a"))
                .isNotEqualTo("a")
                .isNotEqualTo(ClientRequestToken.next(ClientRequestToken.next("a")));
    }
}
