package com.pulumi.wellarchitected.provider.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructCodecTest {

    // Pulumi's wire constants, written out here rather than read from StructCodec so that a wrong constant fails.
    private static final String SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
    private static final String SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";
    private static final String OUTPUT_SIGNATURE = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

    @Test
    void secretsAreUnwrappedOnTheWayInAndWrappedOnTheWayOut() {
        Struct struct = Struct.newBuilder()
                .putFields("secretKey", secret(text("s3cr3t")))
                .putFields("region", text("us-east-1"))
                .build();

        PropertyMap properties = StructCodec.decode(struct);

        assertThat(properties.text("secretKey")).contains("s3cr3t");
        assertThat(properties.isSecret("secretKey")).isTrue();
        assertThat(properties.isSecret("region")).isFalse();
        assertThat(StructCodec.encode(properties)).isEqualTo(struct);
    }

    @Test
    void everyUnknownSentinelDecodesAsUnknownAndUnknownsEncodeAsTheStringSentinel() {
        for (String sentinel : new String[] {
            "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
            "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
            "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
            "dd056dcd-154b-4c76-9bd3-c8f88648b5ff"
        }) {
            assertThat(StructCodec.decode(Struct.newBuilder()
                                    .putFields("k", text(sentinel))
                                    .build())
                            .isUnknown("k"))
                    .isTrue();
        }
        Struct encoded = StructCodec.encode(
                PropertyMap.builder().put("k", PropertyValue.UNKNOWN).build());
        assertThat(encoded.getFieldsOrThrow("k").getStringValue()).isEqualTo("04da6b54-80e4-46f7-96ec-b56ff0331ba9");
    }

    @Test
    void aSecretUnknownStaysBoth() {
        PropertyMap properties = StructCodec.decode(Struct.newBuilder()
                .putFields("token", secret(text("04da6b54-80e4-46f7-96ec-b56ff0331ba9")))
                .build());

        assertThat(properties.isUnknown("token")).isTrue();
        assertThat(properties.isSecret("token")).isTrue();
    }

    @Test
    void nullsAreAbsentAndOtherKindsAreDescribedAndHandedBack() {
        Value list = Value.newBuilder()
                .setListValue(ListValue.newBuilder().addValues(text("x")))
                .build();
        Value object = Value.newBuilder()
                .setStructValue(Struct.newBuilder()
                        .putFields("n", number(2))
                        .putFields("nested", list)
                        .putFields("none", nullValue()))
                .build();
        Struct struct = Struct.newBuilder()
                .putFields("gone", nullValue())
                .putFields("list", list)
                .putFields("object", object)
                .putFields("n", number(3))
                .putFields("b", Value.newBuilder().setBoolValue(true).build())
                .build();

        PropertyMap properties = StructCodec.decode(struct);

        assertThat(properties.get("gone")).isEmpty();
        assertThat(properties.get("list")).contains(new PropertyValue.Other("a list", List.of("x")));
        Map<String, Object> content = new HashMap<>();
        content.put("n", 2.0);
        content.put("nested", List.of("x"));
        content.put("none", null);
        assertThat(properties.get("object")).contains(new PropertyValue.Other("an object", content));
        assertThat(properties.get("list")).hasValueSatisfying(v -> assertThat(v).hasToString("a list"));
        assertThat(properties.get("n")).contains(new PropertyValue.Numeric(3));
        assertThat(properties.get("b")).contains(new PropertyValue.Flag(true));
        assertThat(StructCodec.encode(properties).getFieldsOrThrow("list")).isEqualTo(list);
        assertThat(StructCodec.encode(properties).getFieldsOrThrow("object")).isEqualTo(object);
    }

    @Test
    void anOutputValueIsReadForItsValueAndSecrecy() {
        Value output = Value.newBuilder()
                .setStructValue(Struct.newBuilder()
                        .putFields(SIGNATURE_KEY, text(OUTPUT_SIGNATURE))
                        .putFields("value", text("111122223333"))
                        .putFields(
                                "secret", Value.newBuilder().setBoolValue(true).build()))
                .build();
        Value unknownOutput = Value.newBuilder()
                .setStructValue(Struct.newBuilder().putFields(SIGNATURE_KEY, text(OUTPUT_SIGNATURE)))
                .build();

        PropertyMap properties = StructCodec.decode(Struct.newBuilder()
                .putFields("a", output)
                .putFields("b", unknownOutput)
                .build());

        assertThat(properties.text("a")).contains("111122223333");
        assertThat(properties.isSecret("a")).isTrue();
        assertThat(properties.isUnknown("b")).isTrue();
    }

    private static Value number(double value) {
        return Value.newBuilder().setNumberValue(value).build();
    }

    private static Value nullValue() {
        return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
    }

    private static Value text(String value) {
        return Value.newBuilder().setStringValue(value).build();
    }

    private static Value secret(Value value) {
        return Value.newBuilder()
                .setStructValue(Struct.newBuilder()
                        .putFields(SIGNATURE_KEY, text(SECRET_SIGNATURE))
                        .putFields("value", value))
                .build();
    }
}
