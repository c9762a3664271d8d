package com.pulumi.wellarchitected.provider.resource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.pulumi.wellarchitected.provider.lensshare.InvalidValueException;
import com.pulumi.wellarchitected.provider.property.CheckFailure;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource type's declaration: its token, its documentation and its fields, from which its generic Check, Diff
 * and schema entry follow.
 *
 * @param documentation the schema description, in Markdown
 * @param rules the rules across several inputs, applied after each input passed its own
 * @param deleteBeforeReplace whether a replacement deletes the old resource before it creates the new one
 */
public record ResourceDefinition(
        String token, String documentation, List<Field> fields, List<CheckRule> rules, boolean deleteBeforeReplace) {

    public ResourceDefinition {
        fields = List.copyOf(fields);
        rules = List.copyOf(rules);
    }

    public List<Field> inputs() {
        return fields.stream().filter(Field::input).toList();
    }

    public Field field(String name) {
        return fields.stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(token + " has no property " + name));
    }

    /**
     * Checks and normalises each input as declared, fills in defaults and lets unknown values through; keeps only
     * declared inputs, so that nothing else reaches the state.
     */
    public CheckResult check(PropertyMap news) {
        List<CheckFailure> failures = new ArrayList<>();
        PropertyMap.Builder checked = PropertyMap.builder();
        for (Field field : inputs()) {
            checkField(field, news, failures)
                    .ifPresent(
                            value -> checked.put(field.name(), value, field.secret() || news.isSecret(field.name())));
        }
        if (!failures.isEmpty()) {
            return CheckResult.refused(failures);
        }
        PropertyMap inputs = checked.build();
        for (CheckRule rule : rules) {
            rule.apply(inputs).ifPresent(failures::add);
        }
        return failures.isEmpty() ? CheckResult.accepted(inputs) : CheckResult.refused(failures);
    }

    /**
     * Compares each input with its old value, both normalised: a change of spelling is no change. An unknown new
     * value counts as a change.
     */
    public Changes diff(PropertyMap oldOutputs, PropertyMap oldInputs, PropertyMap news) {
        List<String> replaced = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (Field field : inputs()) {
            // The engine sends the old inputs; only a state written without them falls back to the outputs. Falling
            // back per field would compare an optional input left unset with the value AWS computed for it.
            Optional<PropertyValue> old =
                    oldInputs.isEmpty() ? oldOutputs.get(field.name()) : oldInputs.get(field.name());
            Optional<PropertyValue> now = news.get(field.name());
            if (same(field, old, now)) {
                continue;
            }
            (field.replaces() ? replaced : updated).add(field.name());
            if (old.isEmpty()) {
                added.add(field.name());
            }
        }
        return new Changes(replaced, updated, added, deleteBeforeReplace && !replaced.isEmpty());
    }

    /** This resource's entry in the package schema's {@code resources}. */
    public JsonObject schema() {
        JsonObject resource = new JsonObject();
        resource.addProperty("description", documentation);
        resource.add("inputProperties", Schemas.properties(inputs(), false));
        JsonArray requiredInputs = Schemas.names(inputs().stream().filter(Field::requiredInput));
        if (!requiredInputs.isEmpty()) {
            resource.add("requiredInputs", requiredInputs);
        }
        resource.add("properties", Schemas.properties(fields, true));
        resource.add("required", Schemas.names(fields.stream().filter(Field::alwaysOutput)));
        return resource;
    }

    private static Optional<PropertyValue> checkField(Field field, PropertyMap news, List<CheckFailure> failures) {
        Optional<PropertyValue> value = news.get(field.name());
        if (value.isPresent() && value.get() == PropertyValue.UNKNOWN) {
            return value;
        }
        if (value.isEmpty()
                || (value.get() instanceof PropertyValue.Text text
                        && text.value().isBlank())) {
            if (field.defaultValue().isPresent()) {
                return Optional.of(Schemas.value(field.defaultValue().get()));
            }
            if (field.requiredInput()) {
                failures.add(new CheckFailure(field.name(), field.name() + " is required: " + field.accepted()));
            }
            return Optional.empty();
        }
        switch (field.kind()) {
            case STRING -> {
                if (!(value.get() instanceof PropertyValue.Text text)) {
                    failures.add(mistyped(field, value.get()));
                    return Optional.empty();
                }
                try {
                    return Optional.of(PropertyValue.text(field.normaliser().apply(text.value())));
                } catch (InvalidValueException e) {
                    failures.add(new CheckFailure(field.name(), e.getMessage()));
                    return Optional.empty();
                }
            }
            case BOOLEAN -> {
                if (!(value.get() instanceof PropertyValue.Flag)) {
                    failures.add(mistyped(field, value.get()));
                    return Optional.empty();
                }
                return value;
            }
            default -> throw new IllegalStateException(field.name() + " of kind " + field.kind() + " is no input");
        }
    }

    private static CheckFailure mistyped(Field field, PropertyValue value) {
        return new CheckFailure(
                field.name(),
                field.name() + " must be a " + field.kind().schemaType + ", not " + value + ": " + field.accepted());
    }

    private static boolean same(Field field, Optional<PropertyValue> old, Optional<PropertyValue> now) {
        if (now.isPresent() && now.get() == PropertyValue.UNKNOWN) {
            return false;
        }
        Optional<PropertyValue> oldOrDefault = old.or(() -> field.defaultValue().map(Schemas::value));
        Optional<PropertyValue> nowOrDefault = now.or(() -> field.defaultValue().map(Schemas::value));
        return Objects.equals(normalised(field, oldOrDefault), normalised(field, nowOrDefault));
    }

    private static Optional<PropertyValue> normalised(Field field, Optional<PropertyValue> value) {
        if (value.isPresent() && value.get() instanceof PropertyValue.Text text) {
            try {
                return Optional.of(PropertyValue.text(field.normaliser().apply(text.value())));
            } catch (InvalidValueException e) {
                return Optional.of(PropertyValue.text(text.value().trim()));
            }
        }
        return value;
    }
}
