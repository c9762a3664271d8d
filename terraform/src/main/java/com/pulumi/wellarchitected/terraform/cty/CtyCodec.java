package com.pulumi.wellarchitected.terraform.cty;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * The msgpack form of one value of a known type, as cty writes it: null as nil, unknown as any extension, a list
 * as an array, an object as a map holding every attribute of its type.
 */
final class CtyCodec {

    private CtyCodec() {}

    static CtyValue read(MessageUnpacker in, CtyType type, String path) throws IOException {
        MessageFormat format = in.getNextFormat();
        ValueType valueType = format.getValueType();
        if (valueType == ValueType.NIL) {
            in.unpackNil();
            return CtyValue.NULL;
        }
        if (valueType == ValueType.EXTENSION) {
            // Unknown, refined or not: the refinements (a prefix, a range) say nothing this provider uses.
            in.skipValue();
            return CtyValue.UNKNOWN;
        }
        if (type instanceof CtyType.ListOf list) {
            expect(valueType, ValueType.ARRAY, type, path);
            int size = in.unpackArrayHeader();
            List<CtyValue> elements = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                elements.add(read(in, list.element(), path + "[" + i + "]"));
            }
            return new CtyValue.ListValue(elements);
        }
        if (type instanceof CtyType.ObjectOf object) {
            expect(valueType, ValueType.MAP, type, path);
            return new CtyValue.ObjectValue(readAttributes(in, object.attributes(), path));
        }
        if (type == CtyType.STRING) {
            expect(valueType, ValueType.STRING, type, path);
            return CtyValue.of(in.unpackString());
        }
        if (type == CtyType.BOOL) {
            expect(valueType, ValueType.BOOLEAN, type, path);
            return new CtyValue.Flag(in.unpackBoolean());
        }
        return switch (valueType) {
            case INTEGER -> new CtyValue.Numeric(new BigDecimal(in.unpackBigInteger()));
            case FLOAT -> new CtyValue.Numeric(BigDecimal.valueOf(in.unpackDouble()));
            case STRING -> number(in.unpackString(), path);
            default -> throw mistyped(valueType, type, path);
        };
    }

    /** The attributes of an object in msgpack, each read by its type; one of the type missing is an error. */
    static Map<String, CtyValue> readAttributes(MessageUnpacker in, Map<String, CtyType> types, String path)
            throws IOException {
        int size = in.unpackMapHeader();
        Map<String, CtyValue> values = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            String name = in.unpackString();
            CtyType type = types.get(name);
            if (type == null) {
                throw new IllegalArgumentException(
                        where(path) + "has the attribute " + name + ", which its type has not");
            }
            values.put(name, read(in, type, path.isEmpty() ? name : path + "." + name));
        }
        Map<String, CtyValue> object = new LinkedHashMap<>();
        for (String name : types.keySet()) {
            CtyValue value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException(where(path) + "has no attribute " + name);
            }
            object.put(name, value);
        }
        return object;
    }

    static void write(MessageBufferPacker out, CtyType type, CtyValue value) throws IOException {
        if (value == CtyValue.UNKNOWN) {
            // The plain unknown value: an extension of type 0 with a one-byte payload.
            out.packExtensionTypeHeader((byte) 0, 1);
            out.addPayload(new byte[] {0});
        } else if (value instanceof CtyValue.Text text) {
            out.packString(text.value());
        } else if (value instanceof CtyValue.Flag flag) {
            out.packBoolean(flag.value());
        } else if (value instanceof CtyValue.Numeric number) {
            packNumber(out, number.value());
        } else if (value instanceof CtyValue.ListValue list && type instanceof CtyType.ListOf listType) {
            out.packArrayHeader(list.elements().size());
            for (CtyValue element : list.elements()) {
                write(out, listType.element(), element);
            }
        } else if (value instanceof CtyValue.ObjectValue object && type instanceof CtyType.ObjectOf objectType) {
            writeAttributes(out, objectType.attributes(), object.attributes());
        } else if (value == CtyValue.NULL) {
            out.packNil();
        } else {
            throw new IllegalArgumentException("a " + value + " where the type is " + type.jsonText());
        }
    }

    /** Every attribute of the type, in its order; one missing from {@code values} is null. */
    static void writeAttributes(MessageBufferPacker out, Map<String, CtyType> types, Map<String, CtyValue> values)
            throws IOException {
        out.packMapHeader(types.size());
        for (Map.Entry<String, CtyType> attribute : types.entrySet()) {
            out.packString(attribute.getKey());
            write(out, attribute.getValue(), values.getOrDefault(attribute.getKey(), CtyValue.NULL));
        }
    }

    private static void packNumber(MessageBufferPacker out, BigDecimal number) throws IOException {
        try {
            out.packLong(number.longValueExact());
        } catch (ArithmeticException notWhole) {
            // cty reads a decimal string as a number; it keeps a value no double can hold exactly.
            out.packString(number.toPlainString());
        }
    }

    /** cty sends a number it cannot hold in a float64 as a decimal string. */
    private static CtyValue number(String text, String path) {
        try {
            return new CtyValue.Numeric(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(path + " is the string " + text + " where the schema has a number", e);
        }
    }

    private static void expect(ValueType actual, ValueType expected, CtyType type, String path) {
        if (actual != expected) {
            throw mistyped(actual, type, path);
        }
    }

    private static IllegalArgumentException mistyped(ValueType actual, CtyType type, String path) {
        return new IllegalArgumentException(path + " is a msgpack "
                + actual.name().toLowerCase(Locale.ROOT) + " where the schema has " + type.jsonText());
    }

    private static String where(String path) {
        return path.isEmpty() ? "the object " : path + " ";
    }
}
