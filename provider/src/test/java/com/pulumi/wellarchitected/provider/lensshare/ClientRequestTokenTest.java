package com.pulumi.wellarchitected.provider.lensshare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientRequestTokenTest {

    private static final String LENS =
            "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";
    private static final String URN = "urn:pulumi:dev::p::wellarchitected:index:LensShare::share";

    @Test
    void theTokenOfAShareDependsOnTheResourceAndTheShareOnly() {
        LensArn lens = LensArn.parse(LENS);
        SharedWith account = SharedWith.parse("444455556666");
        String token = ClientRequestToken.forShare(URN, lens, account);

        assertThat(ClientRequestToken.forShare(URN, LensArn.parse(LENS), SharedWith.parse("4444-5555-6666")))
                .isEqualTo(token);
        assertThat(ClientRequestToken.forShare(URN + "2", lens, account)).isNotEqualTo(token);
        assertThat(ClientRequestToken.forShare(URN, lens, SharedWith.parse("777788889999")))
                .isNotEqualTo(token);
    }

    @Test
    void theNextTokenIsDeterministicAndDifferent() {
        assertThat(ClientRequestToken.next("a"))
                .isEqualTo(ClientRequestToken.next("a"))
                .isNotEqualTo("a")
                .isNotEqualTo(ClientRequestToken.next(ClientRequestToken.next("a")));
    }
}
