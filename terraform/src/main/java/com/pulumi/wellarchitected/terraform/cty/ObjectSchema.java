package com.pulumi.wellarchitected.terraform.cty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final Map<String, CtyType> types;

    public ObjectSchema(List<Attribute> attributes) {
        this.attributes = attributes.stream()
                .sorted(Comparator.comparing(Attribute::name))
                .toList();
        Map<String, CtyType> types = new LinkedHashMap<>();
        this.attributes.forEach(attribute -> types.put(attribute.name(), attribute.type()));
        this.types = types;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
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
            return Optional.of(CtyCodec.readAttributes(in, types, ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The msgpack of {@code object}, every attribute of the type included: one missing from the map is null. */
    public byte[] encode(Map<String, CtyValue> object) {
        try (MessageBufferPacker out = MessagePack.newDefaultBufferPacker()) {
            CtyCodec.writeAttributes(out, types, object);
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
}
