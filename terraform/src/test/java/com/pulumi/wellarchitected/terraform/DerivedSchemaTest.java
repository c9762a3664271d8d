package com.pulumi.wellarchitected.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.wellarchitected.provider.aws.ProfileRegion;
import com.pulumi.wellarchitected.provider.catalog.Catalog;
import com.pulumi.wellarchitected.provider.catalog.WellArchitectedApis;
import com.pulumi.wellarchitected.provider.config.ProviderConfigReader;
import com.pulumi.wellarchitected.provider.grpc.NotConfigured;
import com.pulumi.wellarchitected.terraform.protocol.GetProviderSchema;
import com.pulumi.wellarchitected.terraform.protocol.Schema;
import com.pulumi.wellarchitected.terraform.protocol.ValidateResourceConfig;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Terraform schema the provider serves, against the Pulumi package schema the same field declarations build:
 * every Pulumi property is an attribute with the mapped name, type and role.
 */
class DerivedSchemaTest {

    private final TerraformProvider provider = new TerraformProvider(
            new ProviderConfigReader(Map.of(), ProfileRegion::of), WellArchitectedApis::aws, (r, m) -> {});
    private final JsonObject pulumi = JsonParser.parseString(
                    new Catalog(Optional.empty(), NotConfigured.apis(), (r, m) -> {}).schemaJson())
            .getAsJsonObject();

    @Test
    void everyResourceAndFunctionIsServedByItsTerraformName() {
        GetProviderSchema.Response schema = schema();

        assertThat(schema.getResourceSchemasMap().keySet())
                .containsExactlyInAnyOrder(
                        "wellarchitected_lens_share",
                        "wellarchitected_lens",
                        "wellarchitected_lens_share_accepter",
                        "wellarchitected_organization_sharing");
        assertThat(schema.getDataSourceSchemasMap().keySet())
                .containsExactlyInAnyOrder("wellarchitected_lens_shares", "wellarchitected_lens");
    }

    @Test
    void everyPulumiResourcePropertyIsAnAttributeWithTheMappedTypeAndRole() {
        Map<String, Schema> resources = schema().getResourceSchemasMap();
        for (Map.Entry<String, JsonElement> resource :
                pulumi.getAsJsonObject("resources").entrySet()) {
            JsonObject declared = resource.getValue().getAsJsonObject();
            Map<String, Schema.Attribute> attributes = attributes(resources.get(terraformType(resource.getKey())));
            JsonObject inputs = declared.getAsJsonObject("inputProperties");
            JsonObject outputs = declared.getAsJsonObject("properties");
            Set<String> required = names(declared.getAsJsonArray("requiredInputs"));
            Set<String> properties = new HashSet<>(inputs.keySet());
            properties.addAll(outputs.keySet());

            assertThat(attributes.keySet())
                    .as(resource.getKey())
                    .containsExactlyInAnyOrderElementsOf(properties.stream()
                            .map(DerivedSchemaTest::snake)
                            .collect(Collectors.toCollection(() -> new HashSet<>(Set.of("id")))));
            assertThat(attributes.get("id").getComputed()).isTrue();
            for (String property : properties) {
                Schema.Attribute attribute = attributes.get(snake(property));
                boolean input = inputs.has(property);
                JsonObject declaration = (input ? inputs : outputs).getAsJsonObject(property);
                String where = resource.getKey() + "." + property;
                assertThat(attribute.getRequired()).as(where).isEqualTo(required.contains(property));
                assertThat(attribute.getOptional()).as(where).isEqualTo(input && !required.contains(property));
                assertThat(attribute.getComputed()).as(where).isEqualTo(!required.contains(property));
                assertThat(attribute.getSensitive())
                        .as(where)
                        .isEqualTo(declaration.has("secret")
                                && declaration.get("secret").getAsBoolean());
                assertThat(attribute.getDescription())
                        .as(where)
                        .isEqualTo(declaration.get("description").getAsString());
                assertThat(type(attribute)).as(where).isEqualTo(expectedType(declaration));
            }
        }
    }

    @Test
    void everyPulumiFunctionIsADataSourceOfItsArgumentsAndResults() {
        Map<String, Schema> dataSources = schema().getDataSourceSchemasMap();
        for (Map.Entry<String, JsonElement> function :
                pulumi.getAsJsonObject("functions").entrySet()) {
            JsonObject declared = function.getValue().getAsJsonObject();
            Map<String, Schema.Attribute> attributes =
                    attributes(dataSources.get(terraformDataSource(function.getKey())));
            JsonObject arguments = declared.getAsJsonObject("inputs").getAsJsonObject("properties");
            Set<String> required = names(declared.getAsJsonObject("inputs").getAsJsonArray("required"));
            JsonObject results = declared.getAsJsonObject("outputs").getAsJsonObject("properties");

            assertThat(attributes.get("id").getComputed()).isTrue();
            for (String argument : arguments.keySet()) {
                Schema.Attribute attribute = attributes.get(snake(argument));
                String where = function.getKey() + "." + argument;
                assertThat(attribute.getRequired()).as(where).isEqualTo(required.contains(argument));
                assertThat(attribute.getOptional()).as(where).isEqualTo(!required.contains(argument));
                assertThat(type(attribute)).as(where).isEqualTo(expectedType(arguments.getAsJsonObject(argument)));
            }
            for (String result : results.keySet()) {
                if (arguments.has(result)) {
                    continue;
                }
                Schema.Attribute attribute = attributes.get(snake(result));
                String where = function.getKey() + "." + result;
                assertThat(attribute.getComputed()).as(where).isTrue();
                assertThat(attribute.getOptional() || attribute.getRequired())
                        .as(where)
                        .isFalse();
                assertThat(type(attribute)).as(where).isEqualTo(expectedType(results.getAsJsonObject(result)));
            }
        }
    }

    @Test
    void theNamesTheHclUsesAreThere() {
        Map<String, Schema> resources = schema().getResourceSchemasMap();

        assertThat(attributes(resources.get("wellarchitected_lens_share")))
                .containsKeys("id", "lens_alias", "shared_with", "share_id", "status", "status_message", "lens_arn");
        assertThat(attributes(resources.get("wellarchitected_lens")))
                .containsKeys("document", "version_name", "is_major_version", "published_version", "lens_status");
        assertThat(attributes(resources.get("wellarchitected_lens_share_accepter")))
                .containsKeys("lens_arn", "share_invitation_id", "lens_name", "status");
        assertThat(attributes(resources.get("wellarchitected_organization_sharing")))
                .containsKeys("enabled", "organization_sharing_status");
        Schema.Attribute shares = attributes(schema().getDataSourceSchemasMap().get("wellarchitected_lens_shares"))
                .get("shares");
        assertThat(type(shares))
                .isEqualTo("[\"list\",[\"object\",{\"share_id\":\"string\",\"shared_with\":\"string\","
                        + "\"status\":\"string\",\"status_message\":\"string\"}]]");
    }

    @Test
    void anUnknownTypeNameIsRefusedListingTheServedTypes() {
        Replies<ValidateResourceConfig.Response> replies = new Replies<>();

        provider.validateResourceConfig(
                ValidateResourceConfig.Request.newBuilder()
                        .setTypeName("wellarchitected_workload")
                        .build(),
                replies);

        assertThat(replies.error())
                .hasMessageContaining("unknown resource type wellarchitected_workload")
                .hasMessageContaining("wellarchitected_lens_share_accepter")
                .hasMessageContaining("wellarchitected_lens_shares");
    }

    private GetProviderSchema.Response schema() {
        Replies<GetProviderSchema.Response> replies = new Replies<>();
        provider.getProviderSchema(GetProviderSchema.Request.getDefaultInstance(), replies);
        return replies.reply();
    }

    /** The cty type JSON a Pulumi property declaration calls for; a list's items from the schema's types. */
    private String expectedType(JsonObject declaration) {
        return switch (declaration.get("type").getAsString()) {
            case "string" -> "\"string\"";
            case "boolean" -> "\"bool\"";
            case "array" -> {
                String ref = declaration.getAsJsonObject("items").get("$ref").getAsString();
                JsonObject items = pulumi.getAsJsonObject("types")
                        .getAsJsonObject(ref.substring("#/types/".length()))
                        .getAsJsonObject("properties");
                Map<String, String> fields = new TreeMap<>();
                items.keySet().forEach(name -> fields.put(snake(name), expectedType(items.getAsJsonObject(name))));
                yield "[\"list\",[\"object\",{"
                        + fields.entrySet().stream()
                                .map(field -> "\"" + field.getKey() + "\":" + field.getValue())
                                .collect(Collectors.joining(","))
                        + "}]]";
            }
            default -> throw new AssertionError("unexpected Pulumi type " + declaration);
        };
    }

    private static Map<String, Schema.Attribute> attributes(Schema schema) {
        assertThat(schema).isNotNull();
        return schema.getBlock().getAttributesList().stream()
                .collect(Collectors.toMap(Schema.Attribute::getName, attribute -> attribute));
    }

    private static String type(Schema.Attribute attribute) {
        return attribute.getType().toString(StandardCharsets.UTF_8);
    }

    private static Set<String> names(JsonArray array) {
        Set<String> names = new HashSet<>();
        if (array != null) {
            array.forEach(name -> names.add(name.getAsString()));
        }
        return names;
    }

    /** Written out here rather than borrowed from the code under test: lensAlias → lens_alias. */
    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String terraformType(String token) {
        return "wellarchitected_" + snake(token.substring(token.lastIndexOf(':') + 1));
    }

    private static String terraformDataSource(String token) {
        return "wellarchitected_" + snake(token.substring(token.lastIndexOf(':') + 1 + "get".length()));
    }
}
