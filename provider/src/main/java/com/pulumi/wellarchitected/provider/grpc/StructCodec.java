package com.pulumi.wellarchitected.provider.grpc;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Translates Pulumi's property encoding in {@code google.protobuf.Struct} to {@link PropertyMap} and back. */
final class StructCodec {

    private static final String SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
    private static final String SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";
    private static final String OUTPUT_SIGNATURE = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    private static final String UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    private static final Set<String> UNKNOWN_SENTINELS = Set.of(
            UNKNOWN_STRING,
            "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
            "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
            "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
            "dd056dcd-154b-4c76-9bd3-c8f88648b5ff");

    private StructCodec() {}

    /** Null values are dropped: for the engine a null property is an absent one. */
    static PropertyMap decode(Struct struct) {
        PropertyMap.Builder properties = PropertyMap.builder();
        for (Map.Entry<String, Value> field : struct.getFieldsMap().entrySet()) {
            Value value = field.getValue();
            boolean secret = false;
            if (isSpecial(value, SECRET_SIGNATURE)) {
                secret = true;
                value = value.getStructValue().getFieldsOrDefault("value", nullValue());
            } else if (isSpecial(value, OUTPUT_SIGNATURE)) {
                Struct output = value.getStructValue();
                secret = output.getFieldsOrDefault("secret", nullValue()).getBoolValue();
                value = output.getFieldsMap().containsKey("value") ? output.getFieldsOrThrow("value") : unknown();
            }
            if (value.getKindCase() != Value.KindCase.NULL_VALUE
                    && value.getKindCase() != Value.KindCase.KIND_NOT_SET) {
                properties.put(field.getKey(), scalar(value), secret);
            }
        }
        return properties.build();
    }

    static Struct encode(PropertyMap properties) {
        Struct.Builder struct = Struct.newBuilder();
        properties.values().forEach((key, value) -> {
            Value encoded = encode(value);
            struct.putFields(key, properties.isSecret(key) ? secret(encoded) : encoded);
        });
        return struct.build();
    }

    private static PropertyValue scalar(Value value) {
        return switch (value.getKindCase()) {
            case STRING_VALUE ->
                UNKNOWN_SENTINELS.contains(value.getStringValue())
                        ? PropertyValue.UNKNOWN
                        : PropertyValue.text(value.getStringValue());
            case NUMBER_VALUE -> new PropertyValue.Numeric(value.getNumberValue());
            case BOOL_VALUE -> new PropertyValue.Flag(value.getBoolValue());
            case LIST_VALUE -> new PropertyValue.Other("a list", content(value));
            default -> new PropertyValue.Other("an object", content(value));
        };
    }

    private static Value encode(PropertyValue value) {
        if (value instanceof PropertyValue.Text text) {
            return Value.newBuilder().setStringValue(text.value()).build();
        }
        if (value instanceof PropertyValue.Numeric number) {
            return Value.newBuilder().setNumberValue(number.value()).build();
        }
        if (value instanceof PropertyValue.Flag flag) {
            return Value.newBuilder().setBoolValue(flag.value()).build();
        }
        if (value instanceof PropertyValue.Other other) {
            return wire(other.content());
        }
        return unknown();
    }

    /** A value as plain Java, in the forms {@link PropertyValue.Other#content()} lists. */
    private static Object content(Value value) {
        return switch (value.getKindCase()) {
            case STRING_VALUE -> value.getStringValue();
            case NUMBER_VALUE -> value.getNumberValue();
            case BOOL_VALUE -> value.getBoolValue();
            case LIST_VALUE ->
                value.getListValue().getValuesList().stream()
                        .map(StructCodec::content)
                        .toList();
            case STRUCT_VALUE -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                value.getStructValue().getFieldsMap().forEach((key, field) -> fields.put(key, content(field)));
                yield Collections.unmodifiableMap(fields);
            }
            case NULL_VALUE, KIND_NOT_SET -> null;
        };
    }

    private static Value wire(Object content) {
        if (content == null) {
            return nullValue();
        }
        Value.Builder value = Value.newBuilder();
        if (content instanceof String text) {
            return value.setStringValue(text).build();
        }
        if (content instanceof Double number) {
            return value.setNumberValue(number).build();
        }
        if (content instanceof Boolean flag) {
            return value.setBoolValue(flag).build();
        }
        if (content instanceof List<?> list) {
            ListValue.Builder elements = ListValue.newBuilder();
            list.forEach(element -> elements.addValues(wire(element)));
            return value.setListValue(elements).build();
        }
        if (content instanceof Map<?, ?> map) {
            Struct.Builder fields = Struct.newBuilder();
            map.forEach((key, field) -> fields.putFields((String) key, wire(field)));
            return value.setStructValue(fields).build();
        }
        throw new IllegalArgumentException("a value of " + content.getClass() + " has no wire form");
    }

    private static boolean isSpecial(Value value, String signature) {
        return value.hasStructValue()
                && signature.equals(value.getStructValue()
                        .getFieldsOrDefault(SIGNATURE_KEY, nullValue())
                        .getStringValue());
    }

    private static Value secret(Value value) {
        return Value.newBuilder()
                .setStructValue(Struct.newBuilder()
                        .putFields(
                                SIGNATURE_KEY,
                                Value.newBuilder()
                                        .setStringValue(SECRET_SIGNATURE)
                                        .build())
                        .putFields("value", value))
                .build();
    }

    private static Value unknown() {
        return Value.newBuilder().setStringValue(UNKNOWN_STRING).build();
    }

    private static Value nullValue() {
        return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
    }
}
