package com.pulumi.wellarchitected.provider.lensshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SharedWithTest {

    private static final String FORMS = "a 12-digit AWS account ID, an IAM user ARN "
            + "(arn:aws:iam::<account ID>:user/<name>), an organization ID (o-<10 to 32 letters or digits>) or an "
            + "organizational unit ID (ou-<4 to 32 letters or digits>-<8 to 32 letters or digits>)";

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "111122223333; 111122223333",
                "1111-2222-3333; 111122223333",
                " 1111 2222 3333 ; 111122223333",
                "o-abcdefghij; o-abcdefghij",
                "O-ABCDEFGHIJ0123; o-abcdefghij0123",
                "ou-ab12-abcdefgh; ou-ab12-abcdefgh",
                "OU-AB12-ABCDEFGH; ou-ab12-abcdefgh",
                "arn:aws:iam::444455556666:user/Alice; arn:aws:iam::444455556666:user/Alice",
                "ARN:AWS:IAM::444455556666:user/division/Alice.B@example; "
                        + "arn:aws:iam::444455556666:user/division/Alice.B@example"
            })
    void equivalentSpellingsNormaliseToOne(String spelling, String canonical) {
        assertThat(SharedWith.parse(spelling)).isEqualTo(new SharedWith(canonical));
    }

    @ParameterizedTest
    @MethodSource("accountSpellings")
    void anAccountIdWithDashesAndBlanksAnywhereIsTheSameAccount(String spelling) {
        assertThat(SharedWith.parse(spelling).value()).isEqualTo("444455556666");
    }

    /** Fifty spellings of 444455556666 with up to two dashes or blanks between any two digits, from a fixed seed. */
    static Stream<String> accountSpellings() {
        Random random = new Random(20261127);
        return Stream.generate(() -> {
                    StringBuilder text = new StringBuilder("4");
                    for (char digit : "44455556666".toCharArray()) {
                        for (int i = random.nextInt(3); i > 0; i--) {
                            text.append(random.nextBoolean() ? ' ' : '-');
                        }
                        text.append(digit);
                    }
                    return text.toString();
                })
                .limit(50);
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
    @ValueSource(
            strings = {
                "arn:aws:iam::4444-5555-6666:user/alice",
                "arn:aws:iam::44445555666:user/alice",
                "arn:aws:iam:::user/alice"
            })
    void anIamUserArnWithoutA12DigitAccountIsRefused(String arn) {
        assertThatThrownBy(() -> SharedWith.parse(arn))
                .hasMessage("the account ID in an IAM user ARN has exactly "
                        + "12 digits: give arn:aws:iam::<12-digit account ID>:user/<name>.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "arn:aws:iam::444455556666:user/",
                "arn:aws:iam::444455556666:user/a b",
                "arn:aws:iam::444455556666:user"
            })
    void anIamUserArnWithoutAValidNameIsRefused(String arn) {
        assertThatThrownBy(() -> SharedWith.parse(arn))
                .hasMessage("an IAM user name has 1 to 64 letters, digits or "
                        + "+=,.@_- characters, after an optional path of at most 512 characters: give "
                        + "arn:aws:iam::<account ID>:user/<path/><name>.");
    }

    @Test
    void anIamPathOfMoreThan512CharactersIsRefused() {
        assertThat(SharedWith.parse("arn:aws:iam::444455556666:user" + "/a".repeat(255) + "/bob")
                        .value())
                .endsWith("/a/bob");
        assertThatThrownBy(() -> SharedWith.parse("arn:aws:iam::444455556666:user" + "/a".repeat(256) + "/bob"))
                .hasMessageStartingWith("an IAM user name has 1 to 64 letters");
    }

    @Test
    void aValueLongerThanTheApiTakesIsRefused() {
        assertThatThrownBy(() -> SharedWith.parse("o-" + "a".repeat(2047)))
                .hasMessage("the API takes at most 2048 characters here: give " + FORMS + ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ou-ab12-abcdefg\u212a", "o-abcdefghi\u0130", "4444\u00a05555\u00a06666"})
    void lookAlikeCharactersDoNotFoldIntoAnId(String text) {
        assertThatThrownBy(() -> SharedWith.parse(text)).hasMessage("a lens can be shared with " + FORMS + " only.");
    }

    @ParameterizedTest
    @MethodSource("arbitraryText")
    void anythingNotAPrincipalIsRefusedSayingWhatIsAccepted(String text) {
        assertThatThrownBy(() -> SharedWith.parse(text)).hasMessage("a lens can be shared with " + FORMS + " only.");
    }

    /** Two hundred printable strings of 1 to 20 characters that start like no principal, from a fixed seed. */
    static Stream<String> arbitraryText() {
        Random random = new Random(7);
        return Stream.generate(() -> {
                    char[] text = new char[1 + random.nextInt(20)];
                    for (int i = 0; i < text.length; i++) {
                        text[i] = (char) (' ' + random.nextInt(95));
                    }
                    return new String(text);
                })
                .filter(text -> {
                    String trimmed = text.trim().toLowerCase(Locale.ROOT);
                    return !trimmed.matches("[0-9][0-9 -]*[0-9]")
                            && !trimmed.startsWith("o")
                            && !trimmed.startsWith("arn:");
                })
                .limit(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"o-short", "ou-ab-abcdefgh", "ou-ab12-abc", "team-a", "arn:aws:s3:::bucket"})
    void nearMissesAreRefused(String text) {
        assertThatThrownBy(() -> SharedWith.parse(text)).hasMessage("a lens can be shared with " + FORMS + " only.");
    }
}
