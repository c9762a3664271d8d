package com.pulumi.wellarchitected.terraform.cty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * The object type of one schema block, and the msgpack codec of its values: the CLI sends every attribute of the
 * type, null as nil and an unknown value as any extension.
 */
public final class ObjectSchema {

    private final List<Attribute> attributes;

    public ObjectSchema(List<Attribute> attributes) {
        this.attributes = attributes.stream()
                .sorted(Comparator.comparing(Attribute::name))
                .toList();
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    /** The value in {@code msgpack}; empty for a null object (a resource that does not exist). */
    public Optional<Map<String, CtyValue>> decode(byte[] msgpack) {
        if (msgpack.length == 0) {
            return Optional.empty();
        }
        try (MessageUnpacker in = MessagePack.newDefaultUnpacker(msgpack)) {
            MessageFormat format = in.getNextFormat();
            if (format == MessageFormat.NIL) {
                return Optional.empty();
            }
            if (format.getValueType() == ValueType.EXTENSION) {
                throw new IllegalArgumentException("the whole object is unknown");
            }
            int size = in.unpackMapHeader();
            Map<String, CtyValue> values = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                values.put(in.unpackString(), attributeValue(in));
            }
            Map<String, CtyValue> object = new LinkedHashMap<>();
            for (Attribute attribute : attributes) {
                CtyValue value = values.get(attribute.name());
                if (value == null) {
                    throw new IllegalArgumentException("the object has no attribute " + attribute.name());
                }
                object.put(attribute.name(), typed(attribute, value));
            }
            return Optional.of(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The msgpack of {@code object}, every attribute of the type included: one missing from the map is null. */
    public byte[] encode(Map<String, CtyValue> object) {
        try (MessageBufferPacker out = MessagePack.newDefaultBufferPacker()) {
            out.packMapHeader(attributes.size());
            for (Attribute attribute : attributes) {
                out.packString(attribute.name());
                pack(out, object.getOrDefault(attribute.name(), CtyValue.NULL));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The msgpack of a null object: what the CLI takes for "this resource does not exist". */
    public static byte[] encodeNull() {
        try (MessageBufferPacker out = MessagePack.newDefaultBufferPacker()) {
            out.packNil();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** cty sends a number it cannot hold in a float64 as a decimal string. */
    private static CtyValue typed(Attribute attribute, CtyValue value) {
        if (attribute.type() == CtyType.NUMBER && value instanceof CtyValue.Text text) {
            try {
                return new CtyValue.Numeric(new BigDecimal(text.value()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        attribute.name() + " is the string " + text.value() + " where the schema has a number", e);
            }
        }
        return value;
    }

    private static CtyValue attributeValue(MessageUnpacker in) throws IOException {
        MessageFormat format = in.getNextFormat();
        switch (format.getValueType()) {
            case NIL -> {
                in.unpackNil();
                return CtyValue.NULL;
            }
            case EXTENSION -> {
                // Unknown, refined or not: the refinements (a prefix, a range) say nothing this provider uses.
                in.skipValue();
                return CtyValue.UNKNOWN;
            }
            case STRING -> {
                return CtyValue.of(in.unpackString());
            }
            case BOOLEAN -> {
                return new CtyValue.Flag(in.unpackBoolean());
            }
            case INTEGER -> {
                return new CtyValue.Numeric(new BigDecimal(in.unpackBigInteger()));
            }
            case FLOAT -> {
                return new CtyValue.Numeric(BigDecimal.valueOf(in.unpackDouble()));
            }
            case ARRAY, MAP, BINARY ->
                throw new IllegalArgumentException(
                        "a " + format.getValueType().name().toLowerCase(Locale.ROOT)
                                + " where this provider's schema has only primitive attributes");
        }
        throw new IllegalArgumentException("unexpected msgpack " + format);
    }

    private static void pack(MessageBufferPacker out, CtyValue value) throws IOException {
        if (value instanceof CtyValue.Text text) {
            out.packString(text.value());
        } else if (value instanceof CtyValue.Flag flag) {
            out.packBoolean(flag.value());
        } else if (value instanceof CtyValue.Numeric number) {
            packNumber(out, number.value());
        } else if (value == CtyValue.UNKNOWN) {
            // The plain unknown value: an extension of type 0 with a one-byte payload.
            out.packExtensionTypeHeader((byte) 0, 1);
            out.addPayload(new byte[] {0});
        } else {
            out.packNil();
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
}
