package com.pulumi.wellarchitected.provider.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import pulumirpc.Provider.CheckFailure;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;

/**
 * Check and CheckConfig fed generated hostile input through the real gRPC surface: empty, huge, unicode and control
 * text, look-alike ARNs, wrong types, nested secrets, unknowns and output values. Whatever comes in, the answer is a
 * reply, never an RPC error: either failures that each name a property the user set, or inputs that are valid,
 * normalised (checking them again changes nothing) and as secret as they came.
 */
class HostileCheckInputTest {

    private static final String LENS =
            "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";
    private static final String OUTPUT_SIGNATURE = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    private static final String RESOURCE_REFERENCE_SIGNATURE = "5cf8f73096256a8f31e491e813e4eb8e";
    private static final List<String> UNKNOWN_SENTINELS = List.of(
            Structs.UNKNOWN,
            "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
            "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
            "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
            "dd056dcd-154b-4c76-9bd3-c8f88648b5ff");
    private static final Set<String> RESOURCE_PROPERTIES = Set.of("lensAlias", "sharedWith");
    private static final Set<String> CONFIG_KEYS =
            Set.of("region", "profile", "accessKey", "secretKey", "token", "endpoint", "maxRetries");
    private static final Pattern CANONICAL_LENS =
            Pattern.compile("arn:aws[a-z-]*:wellarchitected:[a-z]{2}(-[a-z]+)+-[0-9]+:[0-9]{12}:lens/[0-9a-f]{32}");
    private static final Pattern CANONICAL_PRINCIPAL = Pattern.compile(
            "[0-9]{12}|o-[a-z0-9]{10,32}"
                    + "|ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|arn:aws[a-z-]*:iam::[0-9]{12}:user(/[\\x21-\\x2e\\x30-\\x7e]+)*/[A-Za-z0-9_+=,.@-]{1,64}");
    /** Characters that look like the ASCII ones of an ARN: Cyrillic, Greek, full-width, invisible, bidi, Kelvin. */
    private static final List<String> LOOK_ALIKES = List.of(
            "\u0430", "\u0435", "\u043e", "\u0440", "\u0455", "\u03bf", "\uff1a", "\uff0f", "\uff10", "\u0660",
            "\u200b", "\u200d", "\u2060", "\u00a0", "\u202e", "\u212a", "\u0131", "\u0130", "\u0301", "\ufeff",
            "\u2010", "\u2212", "\u00ad", "\n", "\u0000", "\u001b");

    private static ProviderFixture fixture;

    @BeforeContainer
    static void start() throws Exception {
        fixture = new ProviderFixture();
        fixture.configure();
    }

    @AfterContainer
    static void stop() {
        fixture.close();
    }

    @Property(tries = 400)
    void checkAnswersEveryInputWithFailuresNamingAPropertyOrNormalisedInputs(
            @ForAll("propertyValues") Optional<Value> lensAlias,
            @ForAll("propertyValues") Optional<Value> sharedWith,
            @ForAll("strangeKeys") Optional<String> strangeKey) {
        Struct.Builder news = Struct.newBuilder();
        lensAlias.ifPresent(value -> news.putFields("lensAlias", value));
        sharedWith.ifPresent(value -> news.putFields("sharedWith", value));
        strangeKey.ifPresent(key -> news.putFields(key, Structs.text("x")));

        CheckResponse response = check(news.build());

        if (response.getFailuresCount() > 0) {
            assertThat(response.hasInputs())
                    .as("refused inputs are not returned")
                    .isFalse();
            for (CheckFailure failure : response.getFailuresList()) {
                assertThat(failure.getProperty()).as("failure %s", failure).isIn(RESOURCE_PROPERTIES);
                assertReadable(failure);
            }
            return;
        }
        Struct inputs = response.getInputs();
        assertAcceptedValue("lensAlias", lensAlias.orElseThrow(), inputs, CANONICAL_LENS);
        assertAcceptedValue("sharedWith", sharedWith.orElseThrow(), inputs, CANONICAL_PRINCIPAL);
        CheckResponse again = check(inputs);
        assertThat(again.getFailuresList())
                .as("checking the checked inputs again")
                .isEmpty();
        assertThat(again.getInputs().getFieldsMap())
                .as("checking the checked inputs again")
                .containsEntry("lensAlias", inputs.getFieldsOrThrow("lensAlias"))
                .containsEntry("sharedWith", inputs.getFieldsOrThrow("sharedWith"));
    }

    @Property(tries = 300)
    void aLookAlikeOfALensArnIsRefusedOrIsTheArnItSpells(@ForAll("lookAlikeLensArns") String spelling) {
        CheckResponse response = check(Structs.of("lensAlias", spelling, "sharedWith", "444455556666"));

        if (response.getFailuresCount() > 0) {
            assertThat(response.getFailuresList())
                    .extracting(CheckFailure::getProperty)
                    .containsOnly("lensAlias");
            response.getFailuresList().forEach(HostileCheckInputTest::assertReadable);
            return;
        }
        String accepted = Structs.string(response.getInputs(), "lensAlias");
        // Accepting is only right where the spelling differs from the ARN by surrounding blanks and by case: no
        // character that merely looks like part of an ARN may turn into one.
        String core = withoutSurroundingBlanks(spelling);
        assertThat(core).as("accepted spelling %s", escaped(spelling)).matches("\\p{ASCII}*");
        assertThat(accepted).isEqualTo(core.toLowerCase(Locale.ROOT));
    }

    @Example
    void aSharedWithLongerThanTheApiAcceptsIsRefused() {
        // 2,230 characters, where the API takes at most 2,048: an IAM user ARN with 1,100 path segments.
        String tooLong = "arn:aws:iam::444455556666:user" + "/a".repeat(1_100);

        CheckResponse response = check(Structs.of("lensAlias", LENS, "sharedWith", tooLong));

        assertThat(response.getFailuresList())
                .extracting(CheckFailure::getProperty)
                .containsExactly("sharedWith");
    }

    @Example
    void aSharedWithOfManyIamPathSegmentsIsAnsweredNotACrash() {
        String deepPath = "arn:aws:iam::444455556666:user" + "/a".repeat(20_000);

        CheckResponse response = check(Structs.of("lensAlias", LENS, "sharedWith", deepPath));

        assertThat(response.getFailuresList())
                .extracting(CheckFailure::getProperty)
                .containsExactly("sharedWith");
    }

    @Property(tries = 300)
    void checkConfigAnswersEveryInputWithFailuresNamingAKeyOrTheConfigWithSecretsKeptSecret(
            @ForAll("configurations") Map<String, Value> configuration,
            @ForAll("secretTexts") Optional<String> secretKey,
            @ForAll("secretTexts") Optional<String> token,
            @ForAll boolean sentAsSecrets) {
        Struct.Builder config = Struct.newBuilder().putAllFields(configuration);
        secretKey.ifPresent(text ->
                config.putFields("secretKey", sentAsSecrets ? Structs.secret(Structs.text(text)) : Structs.text(text)));
        token.ifPresent(text ->
                config.putFields("token", sentAsSecrets ? Structs.secret(Structs.text(text)) : Structs.text(text)));
        Struct news = config.build();

        CheckResponse response;
        try {
            response = fixture.provider.checkConfig(CheckRequest.newBuilder()
                    .setUrn("urn:pulumi:dev::p::pulumi:providers:wellarchitected::default")
                    .setNews(news)
                    .build());
        } catch (StatusRuntimeException e) {
            throw new AssertionError(
                    "CheckConfig of " + describe(news) + " failed with an RPC error: " + e.getStatus(), e);
        }

        List<String> secretTexts = new ArrayList<>();
        secretKey.map(String::strip).ifPresent(secretTexts::add);
        token.map(String::strip).ifPresent(secretTexts::add);
        if (response.getFailuresCount() > 0) {
            for (CheckFailure failure : response.getFailuresList()) {
                assertThat(failure.getProperty()).as("failure %s", failure).isIn(CONFIG_KEYS);
                assertReadable(failure);
                for (String secret : secretTexts) {
                    assertThat(failure.getReason()).as("a failure reason").doesNotContain(secret);
                }
            }
            return;
        }
        for (String key : List.of("secretKey", "token")) {
            if (response.getInputs().containsFields(key)) {
                assertThat(Structs.isSecret(response.getInputs().getFieldsOrThrow(key)))
                        .as("%s returned by CheckConfig is secret", key)
                        .isTrue();
            }
        }
    }

    private static CheckResponse check(Struct news) {
        try {
            return fixture.provider.check(LifecycleScenario.check(Struct.getDefaultInstance(), news, "seed"));
        } catch (StatusRuntimeException e) {
            throw new AssertionError("Check of " + describe(news) + " failed with an RPC error: " + e.getStatus(), e);
        }
    }

    /** An accepted value is unknown if it came unknown, else canonical; secret if it came secret. */
    private static void assertAcceptedValue(String key, Value given, Struct inputs, Pattern canonical) {
        assertThat(inputs.containsFields(key))
                .as("accepted inputs hold %s", key)
                .isTrue();
        Value returned = inputs.getFieldsOrThrow(key);
        boolean secret = Structs.isSecret(given)
                || (isOutput(given)
                        && given.getStructValue()
                                .getFieldsOrDefault("secret", Value.getDefaultInstance())
                                .getBoolValue());
        assertThat(Structs.isSecret(returned))
                .as("%s %s comes back secret", key, describe(given))
                .isEqualTo(secret);
        Value plain = Structs.isSecret(returned) ? returned.getStructValue().getFieldsOrThrow("value") : returned;
        if (isUnknown(given)) {
            assertThat(plain.getStringValue()).as("%s %s", key, describe(given)).isIn(UNKNOWN_SENTINELS);
            return;
        }
        assertThat(plain.getStringValue())
                .as("%s accepted from %s", key, describe(given))
                .matches(canonical);
    }

    private static void assertReadable(CheckFailure failure) {
        assertThat(failure.getReason())
                .as("reason of %s", failure.getProperty())
                .isNotBlank()
                .hasSizeLessThan(1_000)
                .doesNotContain("Exception", "\tat ");
    }

    /** The text without leading and trailing white space, control characters and byte-order marks. */
    private static String withoutSurroundingBlanks(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\ufeff';
    }

    private static boolean isUnknown(Value value) {
        Value inner = Structs.isSecret(value) ? value.getStructValue().getFieldsOrThrow("value") : value;
        if (isOutput(inner)) {
            return !inner.getStructValue().containsFields("value")
                    || isUnknown(inner.getStructValue().getFieldsOrThrow("value"));
        }
        return inner.hasStringValue() && UNKNOWN_SENTINELS.contains(inner.getStringValue());
    }

    private static boolean isOutput(Value value) {
        return value.hasStructValue()
                && OUTPUT_SIGNATURE.equals(value.getStructValue()
                        .getFieldsOrDefault(Structs.SIGNATURE_KEY, Value.getDefaultInstance())
                        .getStringValue());
    }

    @Provide
    Arbitrary<Optional<Value>> propertyValues() {
        return hostileValues().optional(0.9);
    }

    @Provide
    Arbitrary<Optional<String>> strangeKeys() {
        return Arbitraries.oneOf(
                        Arbitraries.of(
                                "",
                                "__proto__",
                                "LensAlias",
                                "lensalias",
                                "__clientRequestToken",
                                Structs.SIGNATURE_KEY,
                                "\u0000",
                                "id"),
                        Arbitraries.strings().all().ofMaxLength(20))
                .optional(0.3);
    }

    @Provide
    Arbitrary<String> lookAlikeLensArns() {
        Arbitrary<String> replaced = Combinators.combine(
                        Arbitraries.integers().between(0, LENS.length() - 1), Arbitraries.of(LOOK_ALIKES))
                .as((at, glyph) -> LENS.substring(0, at) + glyph + LENS.substring(at + 1));
        Arbitrary<String> inserted = Combinators.combine(
                        Arbitraries.integers().between(0, LENS.length()), Arbitraries.of(LOOK_ALIKES))
                .as((at, glyph) -> LENS.substring(0, at) + glyph + LENS.substring(at));
        Arbitrary<String> respelled = Arbitraries.of(
                "ARN:AWS:WELLARCHITECTED:US-EAST-1:111122223333:LENS/0123456789ABCDEF0123456789ABCDEF",
                "  " + LENS + "\t",
                LENS + "\n",
                LENS.replace("lens/", "lens//"),
                LENS.replace(":lens/", ":lens:"),
                LENS + "0",
                LENS.substring(0, LENS.length() - 1),
                LENS.replace("arn:aws:", "arn:aws-cn:"),
                LENS.replace("111122223333", "11112222333"),
                LENS.replace("us-east-1", "us-east-01"));
        return Arbitraries.oneOf(replaced, inserted, respelled);
    }

    /** Secret-looking values no message template could contain by chance. */
    @Provide
    Arbitrary<Optional<String>> secretTexts() {
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars("/+=")
                .ofMinLength(12)
                .ofMaxLength(60)
                .map(text -> "S3cr3t" + text)
                .optional(0.7);
    }

    @Provide
    Arbitrary<Map<String, Value>> configurations() {
        Arbitrary<Value> configValue = Arbitraries.oneOf(
                hostileValues(),
                Arbitraries.of(
                        Structs.text("us-east-1"),
                        Structs.text("http://127.0.0.1:4599"),
                        Structs.text("3"),
                        Structs.number(3),
                        Structs.text("AKIAIOSFODNN7EXAMPLE")));
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.of(List.copyOf(CONFIG_KEYS)),
                Arbitraries.of("version", "", "pluginDownloadURL", "\u0000region"));
        return Arbitraries.maps(key, configValue).ofMaxSize(8);
    }

    private static Arbitrary<Value> hostileValues() {
        Arbitrary<Value> plain = Arbitraries.oneOf(
                texts().map(Structs::text),
                wrongTypes(),
                Arbitraries.of(UNKNOWN_SENTINELS).map(Structs::text));
        return Arbitraries.frequencyOf(
                Tuple.of(6, plain),
                Tuple.of(1, plain.map(Structs::secret)),
                Tuple.of(1, plain.map(Structs::secret).map(Structs::secret)),
                Tuple.of(
                        1,
                        Combinators.combine(plain, Arbitraries.of(true, false)).as(HostileCheckInputTest::output)),
                Tuple.of(1, Arbitraries.of(true, false).map(HostileCheckInputTest::unknownOutput)));
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        " ",
                        "\t\r\n",
                        "\u0000",
                        "\u200b",
                        "null",
                        "undefined",
                        "{}",
                        "[]",
                        "%s%n",
                        "${jndi:ldap://x}",
                        "'; DROP TABLE shares; --",
                        "../../etc/passwd",
                        "\ud800",
                        "\udfff\ud800"),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().ascii().ofMaxLength(200),
                Arbitraries.integers().between(1, 200_000).map("a"::repeat),
                Arbitraries.integers().between(1, 50_000).map(n -> "1234".repeat(n)),
                Arbitraries.integers().between(1, 20_000).map(n -> "arn:aws:iam::444455556666:user" + "/a".repeat(n)),
                Arbitraries.integers().between(1, 20_000).map(n -> "o-" + "ab".repeat(n)),
                validSpellings(),
                validSpellings().map(text -> " " + text.toUpperCase(Locale.ROOT) + "\u0000"));
    }

    private static Arbitrary<String> validSpellings() {
        return Arbitraries.of(
                LENS,
                "444455556666",
                "4444-5555-6666",
                "o-abcdefghij",
                "ou-ab12-abcdefgh",
                "arn:aws:iam::444455556666:user/division/alice",
                "111122223333",
                "arn:aws:wellarchitected:eu-west-1:111122223333:lens/0123456789abcdef0123456789abcdef",
                "arn:aws:wellarchitected:us-east-1::lens/serverless",
                "serverless");
    }

    private static Arbitrary<Value> wrongTypes() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().map(Structs::number),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, 444455556666.0, -0.0)
                        .map(Structs::number),
                Arbitraries.of(true, false)
                        .map(flag -> Value.newBuilder().setBoolValue(flag).build()),
                Arbitraries.just(
                        Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build()),
                Arbitraries.just(Value.getDefaultInstance()),
                Arbitraries.of(LENS, "444455556666")
                        .map(text -> Value.newBuilder()
                                .setListValue(ListValue.newBuilder().addValues(Structs.text(text)))
                                .build()),
                Arbitraries.of(LENS, "444455556666")
                        .map(text -> Value.newBuilder()
                                .setStructValue(Struct.newBuilder().putFields("value", Structs.text(text)))
                                .build()),
                Arbitraries.just(Value.newBuilder()
                        .setStructValue(Struct.newBuilder()
                                .putFields(Structs.SIGNATURE_KEY, Structs.text(RESOURCE_REFERENCE_SIGNATURE))
                                .putFields("urn", Structs.text(ProviderFixture.URN)))
                        .build()),
                Arbitraries.just(Value.newBuilder()
                        .setStructValue(Struct.newBuilder()
                                .putFields(Structs.SIGNATURE_KEY, Structs.text("not-a-known-signature")))
                        .build()));
    }

    private static Value output(Value value, boolean secret) {
        return Value.newBuilder()
                .setStructValue(Struct.newBuilder()
                        .putFields(Structs.SIGNATURE_KEY, Structs.text(OUTPUT_SIGNATURE))
                        .putFields("value", value)
                        .putFields(
                                "secret",
                                Value.newBuilder().setBoolValue(secret).build()))
                .build();
    }

    private static Value unknownOutput(boolean secret) {
        return Value.newBuilder()
                .setStructValue(Struct.newBuilder()
                        .putFields(Structs.SIGNATURE_KEY, Structs.text(OUTPUT_SIGNATURE))
                        .putFields(
                                "secret",
                                Value.newBuilder().setBoolValue(secret).build()))
                .build();
    }

    private static String describe(Struct struct) {
        StringBuilder text = new StringBuilder("{");
        struct.getFieldsMap()
                .forEach((key, value) -> text.append(escaped(key))
                        .append('=')
                        .append(describe(value))
                        .append(' '));
        return text.append('}').toString();
    }

    private static String describe(Value value) {
        String text = value.toString().replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "… (" + text.length() + " characters)" : text;
    }

    private static String escaped(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints()
                .limit(200)
                .forEach(c ->
                        escaped.append(c >= 0x20 && c < 0x7f ? Character.toString(c) : String.format("\\u%04x", c)));
        return escaped.toString();
    }
}
