package com.pulumi.wellarchitected.provider.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import org.junit.jupiter.api.Test;

class StructCodecTest {

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
        Struct struct = Struct.newBuilder()
                .putFields(
                        "gone",
                        Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build())
                .putFields("list", list)
                .putFields("n", Value.newBuilder().setNumberValue(3).build())
                .putFields("b", Value.newBuilder().setBoolValue(true).build())
                .build();

        PropertyMap properties = StructCodec.decode(struct);

        assertThat(properties.get("gone")).isEmpty();
        assertThat(properties.get("list")).hasValueSatisfying(v -> assertThat(v).hasToString("a list"));
        assertThat(properties.get("n")).contains(new PropertyValue.Number(3));
        assertThat(properties.get("b")).contains(new PropertyValue.Flag(true));
        assertThat(StructCodec.encode(properties).getFieldsOrThrow("list")).isEqualTo(list);
    }

    @Test
    void anOutputValueIsReadForItsValueAndSecrecy() {
        Value output = Value.newBuilder()
                .setStructValue(Struct.newBuilder()
                        .putFields(StructCodec.SIGNATURE_KEY, text(StructCodec.OUTPUT_SIGNATURE))
                        .putFields("value", text("111122223333"))
                        .putFields(
                                "secret", Value.newBuilder().setBoolValue(true).build()))
                .build();
        Value unknownOutput = Value.newBuilder()
                .setStructValue(
                        Struct.newBuilder().putFields(StructCodec.SIGNATURE_KEY, text(StructCodec.OUTPUT_SIGNATURE)))
                .build();

        PropertyMap properties = StructCodec.decode(Struct.newBuilder()
                .putFields("a", output)
                .putFields("b", unknownOutput)
                .build());

        assertThat(properties.text("a")).contains("111122223333");
        assertThat(properties.isSecret("a")).isTrue();
        assertThat(properties.isUnknown("b")).isTrue();
    }

    private static Value text(String value) {
        return Value.newBuilder().setStringValue(value).build();
    }

    private static Value secret(Value value) {
        return Value.newBuilder()
                .setStructValue(Struct.newBuilder()
                        .putFields(StructCodec.SIGNATURE_KEY, text(StructCodec.SECRET_SIGNATURE))
                        .putFields("value", value))
                .build();
    }
}
