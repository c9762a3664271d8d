package com.pulumi.wellarchitected.provider.lensshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.wellarchitected.provider.lensshare.SharedWith.Kind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SharedWithTest {

    private static final String FORMS = "a 12-digit AWS account ID, an IAM user ARN "
            + "(arn:aws:iam::<account ID>:user/<name>), an organization ID (o-<10 to 32 letters or digits>) or an "
            + "organizational unit ID (ou-<4 to 32 letters or digits>-<8 to 32 letters or digits>)";

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "111122223333; ACCOUNT; 111122223333",
        "1111-2222-3333; ACCOUNT; 111122223333",
        " 1111 2222 3333 ; ACCOUNT; 111122223333",
        "o-abcdefghij; ORGANIZATION; o-abcdefghij",
        "O-ABCDEFGHIJ0123; ORGANIZATION; o-abcdefghij0123",
        "ou-ab12-abcdefgh; ORGANIZATIONAL_UNIT; ou-ab12-abcdefgh",
        "OU-AB12-ABCDEFGH; ORGANIZATIONAL_UNIT; ou-ab12-abcdefgh",
        "arn:aws:iam::444455556666:user/Alice; IAM_USER; arn:aws:iam::444455556666:user/Alice",
        "ARN:AWS:IAM::444455556666:user/division/Alice.B@example; IAM_USER; "
                + "arn:aws:iam::444455556666:user/division/Alice.B@example"})
    void equivalentSpellingsNormaliseToOne(String spelling, Kind kind, String canonical) {
        assertThat(SharedWith.parse(spelling)).isEqualTo(new SharedWith(kind, canonical));
    }

    @Property
    void anAccountIdWithDashesAndBlanksAnywhereIsTheSameAccount(@ForAll("accountSpellings") String spelling) {
        assertThat(SharedWith.parse(spelling).value()).isEqualTo("444455556666");
    }

    @Provide
    Arbitrary<String> accountSpellings() {
        return Arbitraries.strings().withChars(' ', '-').ofMaxLength(2).list().ofSize(11)
                .map(separators -> {
                    StringBuilder text = new StringBuilder("4");
                    String digits = "44455556666";
                    for (int i = 0; i < digits.length(); i++) {
                        text.append(separators.get(i)).append(digits.charAt(i));
                    }
                    return text.toString();
                });
    }

    @Test
    void anAccountIdOfAnotherLengthIsRefused() {
        assertThatThrownBy(() -> SharedWith.parse("1111-2222-333"))
                .hasMessage("an AWS account ID has exactly 12 digits: give " + FORMS + ".");
    }

    @Test
    void anIamRoleIsRefusedSayingOnlyUsersAreAccepted() {
        assertThatThrownBy(() -> SharedWith.parse("arn:aws:iam::444455556666:role/admin"))
                .hasMessage("a lens can be shared with IAM users but not with other IAM principals: give an IAM user "
                        + "ARN, arn:aws:iam::<account ID>:user/<name>, or " + FORMS + ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:iam::4444-5555-6666:user/alice", "arn:aws:iam::44445555666:user/alice",
        "arn:aws:iam:::user/alice"})
    void anIamUserArnWithoutA12DigitAccountIsRefused(String arn) {
        assertThatThrownBy(() -> SharedWith.parse(arn)).hasMessage("the account ID in an IAM user ARN has exactly "
                + "12 digits: give arn:aws:iam::<12-digit account ID>:user/<name>.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:iam::444455556666:user/", "arn:aws:iam::444455556666:user/a b",
        "arn:aws:iam::444455556666:user"})
    void anIamUserArnWithoutAValidNameIsRefused(String arn) {
        assertThatThrownBy(() -> SharedWith.parse(arn)).hasMessage("an IAM user name has 1 to 64 letters, digits or "
                + "+=,.@_- characters, after an optional path: give arn:aws:iam::<account ID>:user/<path/><name>.");
    }

    @Property
    void anythingNotAPrincipalIsRefusedSayingWhatIsAccepted(@ForAll @StringLength(min = 1, max = 20) String text) {
        String trimmed = text.trim().toLowerCase();
        Assume.that(!trimmed.matches("[0-9][0-9 -]*[0-9]") && !trimmed.startsWith("o") && !trimmed.startsWith("arn:"));
        assertThatThrownBy(() -> SharedWith.parse(text)).hasMessage("a lens can be shared with " + FORMS + " only.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"o-short", "ou-ab-abcdefgh", "ou-ab12-abc", "team-a", "arn:aws:s3:::bucket"})
    void nearMissesAreRefused(String text) {
        assertThatThrownBy(() -> SharedWith.parse(text)).hasMessage("a lens can be shared with " + FORMS + " only.");
    }
}
