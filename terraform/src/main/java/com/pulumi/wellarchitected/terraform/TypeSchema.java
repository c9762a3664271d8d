package com.pulumi.wellarchitected.terraform;

import com.pulumi.wellarchitected.provider.resource.Field;
import com.pulumi.wellarchitected.provider.resource.FunctionDefinition;
import com.pulumi.wellarchitected.provider.resource.ObjectTypeDefinition;
import com.pulumi.wellarchitected.provider.resource.ResourceDefinition;
import com.pulumi.wellarchitected.terraform.cty.Attribute;
import com.pulumi.wellarchitected.terraform.cty.Attribute.Role;
import com.pulumi.wellarchitected.terraform.cty.CtyType;
import com.pulumi.wellarchitected.terraform.cty.ObjectSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource type's or data source's attributes, derived from the core's field declarations (the same ones the
 * Pulumi schema is built from), with the tables between attribute and property names.
 *
 * @param inputs the input attributes to the core's input properties
 * @param properties every attribute but {@code id} to its property
 * @param fields every attribute but {@code id} to its declaration; an input's, when a function has the name on both
 *     sides
 */
record TypeSchema(
        String typeName,
        String token,
        ObjectSchema object,
        Properties inputs,
        Properties properties,
        Map<String, Field> fields) {

    static final String ID = "id";

    /**
     * A resource: required inputs are required; other inputs optional and computed (they have a default, or AWS
     * fills the one left out); outputs computed; and {@code id}, the Pulumi ID, computed.
     */
    static TypeSchema resource(ResourceDefinition definition, Map<String, ObjectTypeDefinition> types) {
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute(
                ID,
                CtyType.STRING,
                Role.COMPUTED,
                false,
                "The resource's ID, the one `tofu import` (and `pulumi import`) takes."));
        Map<String, Field> fields = new LinkedHashMap<>();
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Field field : definition.fields()) {
            String name = Names.snake(field.name());
            Role role =
                    field.input() ? (field.requiredInput() ? Role.REQUIRED : Role.OPTIONAL_COMPUTED) : Role.COMPUTED;
            attributes.add(attribute(
                    name, field, role, field.input() ? field.description() : field.outputDescription(), types));
            fields.put(name, field);
            if (field.input()) {
                inputs.put(name, field.name());
            }
        }
        return new TypeSchema(
                Names.resourceType(definition.token()),
                definition.token(),
                new ObjectSchema(attributes),
                new Properties(inputs),
                new Properties(propertiesOf(fields)),
                fields);
    }

    /**
     * A data source: the function's arguments as required or optional attributes, its results as computed ones (an
     * argument that is also a result stays as configured), and {@code id}, the first result.
     */
    static TypeSchema dataSource(FunctionDefinition definition, Map<String, ObjectTypeDefinition> types) {
        Field first = definition.outputs().get(0);
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute(
                ID, CtyType.STRING, Role.COMPUTED, false, "The same as " + Names.snake(first.name()) + "."));
        Map<String, Field> fields = new LinkedHashMap<>();
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Field field : definition.inputs()) {
            String name = Names.snake(field.name());
            boolean alsoResult = definition.outputs().stream()
                    .anyMatch(output -> output.name().equals(field.name()));
            Role role = field.requiredInput() ? Role.REQUIRED : alsoResult ? Role.OPTIONAL_COMPUTED : Role.OPTIONAL;
            attributes.add(attribute(name, field, role, field.description(), types));
            fields.put(name, field);
            inputs.put(name, field.name());
        }
        for (Field field : definition.outputs()) {
            String name = Names.snake(field.name());
            if (!fields.containsKey(name)) {
                attributes.add(attribute(name, field, Role.COMPUTED, field.outputDescription(), types));
                fields.put(name, field);
            }
        }
        return new TypeSchema(
                Names.dataSourceType(definition.token()),
                definition.token(),
                new ObjectSchema(attributes),
                new Properties(inputs),
                new Properties(propertiesOf(fields)),
                fields);
    }

    /** The attribute a core property is, if this type has it. */
    Optional<String> attributeOf(String property) {
        return fields.entrySet().stream()
                .filter(field -> field.getValue().name().equals(property))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    Attribute attribute(String name) {
        return object.attribute(name)
                .orElseThrow(() -> new IllegalArgumentException(typeName + " has no attribute " + name));
    }

    /** The cty type of a field: a list field is a list of its item type's objects. */
    static CtyType ctyType(Field field, Map<String, ObjectTypeDefinition> types) {
        return switch (field.kind()) {
            case STRING -> CtyType.STRING;
            case BOOLEAN -> CtyType.BOOL;
            case LIST -> {
                String ref = field.itemsRef()
                        .orElseThrow(() -> new IllegalStateException(field.name() + " is a list without item type"));
                ObjectTypeDefinition items = types.get(ref);
                if (items == null) {
                    throw new IllegalStateException(field.name() + " has items of the undeclared type " + ref);
                }
                Map<String, CtyType> attributes = new LinkedHashMap<>();
                items.fields().forEach(item -> attributes.put(Names.snake(item.name()), ctyType(item, types)));
                yield CtyType.listOf(CtyType.objectOf(attributes));
            }
        };
    }

    private static Attribute attribute(
            String name, Field field, Role role, String description, Map<String, ObjectTypeDefinition> types) {
        return new Attribute(name, ctyType(field, types), role, field.secret(), description);
    }

    private static Map<String, String> propertiesOf(Map<String, Field> fields) {
        Map<String, String> properties = new LinkedHashMap<>();
        fields.forEach((attribute, field) -> properties.put(attribute, field.name()));
        return properties;
    }
}
