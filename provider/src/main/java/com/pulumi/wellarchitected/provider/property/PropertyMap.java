package com.pulumi.wellarchitected.provider.property;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The top-level properties of a resource or of the provider configuration, with the keys whose values are secret.
 *
 * <p>Secrets are tracked by key rather than inside values because every property of this provider is a scalar:
 * the gRPC layer unwraps them on the way in and wraps the same keys on the way out.
 */
public final class PropertyMap {

    private static final PropertyMap EMPTY = new PropertyMap(Map.of(), Set.of());

    private final Map<String, PropertyValue> values;
    private final Set<String> secretKeys;

    private PropertyMap(Map<String, PropertyValue> values, Set<String> secretKeys) {
        this.values = Collections.unmodifiableMap(values);
        this.secretKeys = Collections.unmodifiableSet(secretKeys);
    }

    public static PropertyMap empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<PropertyValue> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The text of a known string property, if it has one. */
    public Optional<String> text(String key) {
        return values.get(key) instanceof PropertyValue.Text text ? Optional.of(text.value()) : Optional.empty();
    }

    public boolean isUnknown(String key) {
        return values.get(key) == PropertyValue.UNKNOWN;
    }

    public boolean isSecret(String key) {
        return secretKeys.contains(key);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Map<String, PropertyValue> values() {
        return values;
    }

    public Set<String> secretKeys() {
        return secretKeys;
    }

    /** Collects properties in insertion order. */
    public static final class Builder {
        private final Map<String, PropertyValue> values = new LinkedHashMap<>();
        private final Set<String> secretKeys = new LinkedHashSet<>();

        public Builder put(String key, PropertyValue value) {
            values.put(key, value);
            return this;
        }

        public Builder put(String key, String text) {
            return put(key, PropertyValue.text(text));
        }

        /** Puts a value that must stay secret on the way out. */
        public Builder putSecret(String key, PropertyValue value) {
            secretKeys.add(key);
            return put(key, value);
        }

        /** Puts a value that is secret when {@code secret} is true. */
        public Builder put(String key, PropertyValue value, boolean secret) {
            return secret ? putSecret(key, value) : put(key, value);
        }

        public PropertyMap build() {
            return new PropertyMap(new LinkedHashMap<>(values), new LinkedHashSet<>(secretKeys));
        }
    }
}
