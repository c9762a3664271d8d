package com.pulumi.wellarchitected.terraform;

import com.pulumi.wellarchitected.provider.property.PropertyValue;
import com.pulumi.wellarchitected.terraform.cty.CtyType;
import com.pulumi.wellarchitected.terraform.cty.CtyValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The core's property values as cty values of the attribute's type; an absent property is null. */
final class Values {

    private Values() {}

    static CtyValue toCty(Optional<PropertyValue> property, CtyType type) {
        if (property.isEmpty()) {
            return CtyValue.NULL;
        }
        PropertyValue value = property.get();
        if (value == PropertyValue.UNKNOWN) {
            return CtyValue.UNKNOWN;
        }
        if (value instanceof PropertyValue.Text text) {
            return CtyValue.of(text.value());
        }
        if (value instanceof PropertyValue.Flag flag) {
            return new CtyValue.Flag(flag.value());
        }
        if (value instanceof PropertyValue.Numeric number) {
            return new CtyValue.Numeric(BigDecimal.valueOf(number.value()));
        }
        return plain(((PropertyValue.Other) value).content(), type);
    }

    /** A list or object result, as plain Java: its keys are property names, turned into attribute names. */
    private static CtyValue plain(Object content, CtyType type) {
        if (content == null) {
            return CtyValue.NULL;
        }
        if (content instanceof String text) {
            return CtyValue.of(text);
        }
        if (content instanceof Boolean flag) {
            return new CtyValue.Flag(flag);
        }
        if (content instanceof Number number) {
            return new CtyValue.Numeric(new BigDecimal(number.toString()));
        }
        if (content instanceof List<?> list && type instanceof CtyType.ListOf listType) {
            return new CtyValue.ListValue(list.stream()
                    .map(element -> plain(element, listType.element()))
                    .toList());
        }
        if (content instanceof Map<?, ?> map && type instanceof CtyType.ObjectOf objectType) {
            Map<String, CtyValue> attributes = new LinkedHashMap<>();
            map.forEach((key, element) -> {
                String name = Names.snake(String.valueOf(key));
                CtyType elementType = objectType.attributes().get(name);
                if (elementType == null) {
                    throw new IllegalStateException(
                            "the result has " + key + ", which " + type.jsonText() + " has not");
                }
                attributes.put(name, plain(element, elementType));
            });
            return new CtyValue.ObjectValue(attributes);
        }
        throw new IllegalStateException(
                "a " + content.getClass().getSimpleName() + " where the schema has " + type.jsonText());
    }
}
