package com.pulumi.wellarchitected.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.wellarchitected.terraform.cty.Attribute;
import com.pulumi.wellarchitected.terraform.cty.Attribute.Role;
import com.pulumi.wellarchitected.terraform.cty.CtyType;
import com.pulumi.wellarchitected.terraform.cty.CtyValue;
import com.pulumi.wellarchitected.terraform.cty.ObjectSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

class CtyCollectionsTest {

    private static final CtyType SHARE = CtyType.objectOf(Map.of("share_id", CtyType.STRING, "status", CtyType.STRING));
    private static final ObjectSchema SCHEMA = new ObjectSchema(List.of(
            new Attribute("id", CtyType.STRING, Role.COMPUTED, false, ""),
            new Attribute("shares", CtyType.listOf(SHARE), Role.COMPUTED, false, "")));

    @Test
    void aListOfObjectsSurvivesARoundTrip() {
        Map<String, CtyValue> object = Map.of(
                "id",
                CtyValue.of("lens"),
                "shares",
                new CtyValue.ListValue(List.of(
                        new CtyValue.ObjectValue(
                                Map.of("share_id", CtyValue.of("a"), "status", CtyValue.of("PENDING"))),
                        new CtyValue.ObjectValue(Map.of("share_id", CtyValue.of("b"), "status", CtyValue.NULL)))));

        assertThat(SCHEMA.decode(SCHEMA.encode(object))).contains(object);
    }

    @Test
    void unknownAndNullListsAndElementsSurviveARoundTrip() {
        Map<String, CtyValue> unknownList = Map.of("id", CtyValue.NULL, "shares", CtyValue.UNKNOWN);
        Map<String, CtyValue> nullList = Map.of("id", CtyValue.NULL, "shares", CtyValue.NULL);
        Map<String, CtyValue> unknownElement =
                Map.of("id", CtyValue.NULL, "shares", new CtyValue.ListValue(List.of(CtyValue.UNKNOWN, CtyValue.NULL)));

        assertThat(SCHEMA.decode(SCHEMA.encode(unknownList))).contains(unknownList);
        assertThat(SCHEMA.decode(SCHEMA.encode(nullList))).contains(nullList);
        assertThat(SCHEMA.decode(SCHEMA.encode(unknownElement))).contains(unknownElement);
    }

    @Test
    void anObjectIsEncodedWithEveryAttributeOfItsTypeAsAMsgpackMap() throws IOException {
        byte[] encoded = SCHEMA.encode(Map.of(
                "shares",
                new CtyValue.ListValue(List.of(new CtyValue.ObjectValue(Map.of("share_id", CtyValue.of("a")))))));

        try (MessageBufferPacker expected = MessagePack.newDefaultBufferPacker()) {
            expected.packMapHeader(2).packString("id").packNil().packString("shares");
            expected.packArrayHeader(1).packMapHeader(2);
            expected.packString("share_id").packString("a").packString("status").packNil();
            assertThat(encoded).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void anElementObjectMissingAnAttributeIsRefusedWithItsPath() throws IOException {
        try (MessageBufferPacker out = MessagePack.newDefaultBufferPacker()) {
            out.packMapHeader(2).packString("id").packNil().packString("shares");
            out.packArrayHeader(1).packMapHeader(1).packString("share_id").packString("a");

            assertThatThrownBy(() -> SCHEMA.decode(out.toByteArray()))
                    .hasMessageContaining("shares[0] has no attribute status");
        }
    }

    @Test
    void theTypeJsonIsCtys() {
        assertThat(new String(CtyType.listOf(SHARE).json(), StandardCharsets.UTF_8))
                .isEqualTo("[\"list\",[\"object\",{\"share_id\":\"string\",\"status\":\"string\"}]]");
        assertThat(new String(CtyType.BOOL.json(), StandardCharsets.UTF_8)).isEqualTo("\"bool\"");
    }
}
