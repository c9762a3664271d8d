package com.pulumi.wellarchitected.provider.protocol;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;

/** Builds and reads the Struct values the engine exchanges with the provider. */
final class Structs {

    static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    static final String SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
    static final String SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";

    private Structs() {}

    /** A struct of string fields from alternating keys and values. */
    static Struct of(String... keysAndValues) {
        Struct.Builder struct = Struct.newBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            struct.putFields(keysAndValues[i], text(keysAndValues[i + 1]));
        }
        return struct.build();
    }

    static Value text(String value) {
        return Value.newBuilder().setStringValue(value).build();
    }

    static Value number(double value) {
        return Value.newBuilder().setNumberValue(value).build();
    }

    static Value secret(Value value) {
        return Value.newBuilder()
                .setStructValue(Struct.newBuilder()
                        .putFields(SIGNATURE_KEY, text(SECRET_SIGNATURE))
                        .putFields("value", value))
                .build();
    }

    static boolean isSecret(Value value) {
        return value.hasStructValue()
                && value.getStructValue()
                        .getFieldsOrDefault(SIGNATURE_KEY, text(""))
                        .getStringValue()
                        .equals(SECRET_SIGNATURE);
    }

    static String string(Struct struct, String key) {
        return struct.getFieldsOrThrow(key).getStringValue();
    }

    static Struct with(Struct struct, String key, Value value) {
        return struct.toBuilder().putFields(key, value).build();
    }
}
