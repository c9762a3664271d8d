package com.pulumi.wellarchitected.terraform;

import com.google.protobuf.ByteString;
import com.pulumi.wellarchitected.terraform.cty.Attribute;
import com.pulumi.wellarchitected.terraform.cty.Attribute.Role;
import com.pulumi.wellarchitected.terraform.cty.CtyType;
import com.pulumi.wellarchitected.terraform.cty.ObjectSchema;
import com.pulumi.wellarchitected.terraform.protocol.Schema;
import com.pulumi.wellarchitected.terraform.protocol.StringKind;
import java.util.List;

/** The provider's configuration block, and blocks in the protocol's schema messages. */
final class Schemas {

    static final ObjectSchema PROVIDER = new ObjectSchema(List.of(
            optional("region", CtyType.STRING, false, "The AWS Region; else AWS_REGION, the profile's, or an error."),
            optional("profile", CtyType.STRING, false, "A named profile of the AWS shared configuration."),
            optional("access_key", CtyType.STRING, false, "An access key ID; else the AWS default credentials."),
            optional("secret_key", CtyType.STRING, true, "The secret access key of access_key."),
            optional("token", CtyType.STRING, true, "A session token, with temporary credentials."),
            optional("endpoint", CtyType.STRING, false, "Another Well-Architected API endpoint, as an http(s) URL."),
            optional("max_retries", CtyType.NUMBER, false, "How many times a throttled call is retried.")));

    private Schemas() {}

    static Schema toProto(ObjectSchema object) {
        Schema.Block.Builder block = Schema.Block.newBuilder();
        for (Attribute attribute : object.attributes()) {
            block.addAttributes(Schema.Attribute.newBuilder()
                    .setName(attribute.name())
                    .setType(ByteString.copyFrom(attribute.type().json()))
                    .setDescription(attribute.description())
                    // The core's descriptions are the Pulumi schema's, Markdown with `code` spans.
                    .setDescriptionKind(StringKind.MARKDOWN)
                    .setRequired(attribute.role() == Role.REQUIRED)
                    .setOptional(attribute.role().optional())
                    .setComputed(attribute.role().computed())
                    .setSensitive(attribute.sensitive()));
        }
        return Schema.newBuilder().setBlock(block).build();
    }

    private static Attribute optional(String name, CtyType type, boolean sensitive, String description) {
        return new Attribute(name, type, Role.OPTIONAL, sensitive, description);
    }
}
