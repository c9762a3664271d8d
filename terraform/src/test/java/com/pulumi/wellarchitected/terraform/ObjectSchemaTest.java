package com.pulumi.wellarchitected.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.wellarchitected.terraform.cty.Attribute;
import com.pulumi.wellarchitected.terraform.cty.Attribute.Role;
import com.pulumi.wellarchitected.terraform.cty.CtyType;
import com.pulumi.wellarchitected.terraform.cty.CtyValue;
import com.pulumi.wellarchitected.terraform.cty.ObjectSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

class ObjectSchemaTest {

    private static final ObjectSchema SCHEMA = new ObjectSchema(List.of(
            new Attribute("name", CtyType.STRING, Role.REQUIRED, false, ""),
            new Attribute("retries", CtyType.NUMBER, Role.OPTIONAL, false, ""),
            new Attribute("id", CtyType.STRING, Role.COMPUTED, false, "")));

    @Test
    void knownNullAndUnknownValuesSurviveARoundTrip() {
        Map<String, CtyValue> object = new LinkedHashMap<>();
        object.put("name", CtyValue.of("lens"));
        object.put("retries", new CtyValue.Numeric(BigDecimal.valueOf(3)));
        object.put("id", CtyValue.UNKNOWN);

        assertThat(SCHEMA.decode(SCHEMA.encode(object))).contains(object);
    }

    @Test
    void anAttributeLeftOutIsEncodedAsNull() {
        Map<String, CtyValue> decoded = SCHEMA.decode(SCHEMA.encode(Map.of("name", CtyValue.of("lens"))))
                .orElseThrow();

        assertThat(decoded).containsEntry("retries", CtyValue.NULL).containsEntry("id", CtyValue.NULL);
    }

    @Test
    void theUnknownValueIsTheCliPlainExtension() {
        byte[] encoded = SCHEMA.encode(Map.of("id", CtyValue.UNKNOWN));

        assertThat(encoded).containsSequence((byte) 0xd4, (byte) 0x00, (byte) 0x00);
    }

    @Test
    void aRefinedUnknownAndADecimalStringNumberAreRead() throws IOException {
        try (MessageBufferPacker out = MessagePack.newDefaultBufferPacker()) {
            out.packMapHeader(3);
            out.packString("name");
            out.packExtensionTypeHeader((byte) 12, 2);
            out.addPayload(new byte[] {(byte) 0x81, 0x01});
            out.packString("retries");
            out.packString("2.5");
            out.packString("id");
            out.packNil();

            Map<String, CtyValue> decoded = SCHEMA.decode(out.toByteArray()).orElseThrow();

            assertThat(decoded)
                    .containsEntry("name", CtyValue.UNKNOWN)
                    .containsEntry("retries", new CtyValue.Numeric(BigDecimal.valueOf(2.5)))
                    .containsEntry("id", CtyValue.NULL);
        }
    }

    @Test
    void aNullObjectDecodesAsAbsent() {
        assertThat(SCHEMA.decode(ObjectSchema.encodeNull())).isEmpty();
        assertThat(SCHEMA.decode(new byte[0])).isEmpty();
    }

    @Test
    void aFloatNumberIsRead() throws IOException {
        try (MessageBufferPacker out = MessagePack.newDefaultBufferPacker()) {
            out.packMapHeader(3);
            out.packString("name");
            out.packString("lens");
            out.packString("retries");
            out.packDouble(0.5);
            out.packString("id");
            out.packNil();

            assertThat(SCHEMA.decode(out.toByteArray()).orElseThrow())
                    .containsEntry("retries", new CtyValue.Numeric(BigDecimal.valueOf(0.5)));
        }
    }

    @Test
    void anObjectMissingAnAttributeIsRefused() throws IOException {
        try (MessageBufferPacker out = MessagePack.newDefaultBufferPacker()) {
            out.packMapHeader(1);
            out.packString("name");
            out.packString("lens");

            assertThatThrownBy(() -> SCHEMA.decode(out.toByteArray())).hasMessageContaining("no attribute id");
        }
    }
}
