package com.pulumi.wellarchitected.terraform;

import com.pulumi.wellarchitected.provider.property.CheckFailure;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import com.pulumi.wellarchitected.terraform.cty.CtyValue;
import com.pulumi.wellarchitected.terraform.protocol.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translation between attribute values and the core's property maps, by a table of attribute names to the
 * core's property names; a null attribute is an absent property.
 */
final class Properties {

    private final Map<String, String> names;

    /** @param names each attribute name this translation carries, to the core's property name */
    Properties(Map<String, String> names) {
        this.names = names;
    }

    boolean has(String attribute) {
        return names.containsKey(attribute);
    }

    PropertyMap toCore(Map<String, CtyValue> object) {
        PropertyMap.Builder properties = PropertyMap.builder();
        names.forEach((attribute, property) -> {
            CtyValue value = object.getOrDefault(attribute, CtyValue.NULL);
            if (value == CtyValue.UNKNOWN) {
                properties.put(property, PropertyValue.UNKNOWN);
            } else if (value instanceof CtyValue.Text text) {
                properties.put(property, text.value());
            } else if (value instanceof CtyValue.Numeric number) {
                properties.put(
                        property, new PropertyValue.Numeric(number.value().doubleValue()));
            } else if (value instanceof CtyValue.Flag flag) {
                properties.put(property, new PropertyValue.Flag(flag.value()));
            }
        });
        return properties.build();
    }

    /** The core's refusals as diagnostics on the attributes, speaking of attribute names. */
    List<Diagnostic> diagnostics(List<CheckFailure> failures) {
        Map<String, String> attributes = inverse();
        return failures.stream()
                .map(failure -> Diagnostics.attributeError(
                        attributes.getOrDefault(failure.property(), failure.property()),
                        "Invalid " + attributes.getOrDefault(failure.property(), failure.property()),
                        Diagnostics.renamed(failure.reason(), attributes)))
                .toList();
    }

    /** The core's property names to attribute names, for messages. */
    Map<String, String> inverse() {
        Map<String, String> inverse = new LinkedHashMap<>();
        names.forEach((attribute, property) -> {
            if (!attribute.equals(property)) {
                inverse.put(property, attribute);
            }
        });
        return inverse;
    }
}
