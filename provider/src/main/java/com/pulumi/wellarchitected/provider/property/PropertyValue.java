package com.pulumi.wellarchitected.provider.property;

/** A property value as the engine sends it, in plain Java: text, a number, a flag, something else, or unknown. */
public sealed interface PropertyValue {

    /** The value is not known yet: a preview, where it is computed from another resource's output. */
    PropertyValue UNKNOWN = new Unknown();

    static PropertyValue text(String value) {
        return new Text(value);
    }

    /** A string. */
    record Text(String value) implements PropertyValue {
        @Override
        public String toString() {
            return "a string";
        }
    }

    /** A number; the engine sends integers as numbers too. Not named Number, which would hide java.lang.Number. */
    record Numeric(double value) implements PropertyValue {
        @Override
        public String toString() {
            return "a number";
        }
    }

    /** A boolean. */
    record Flag(boolean value) implements PropertyValue {
        @Override
        public String toString() {
            return "a boolean";
        }
    }

    /**
     * A list, an object, an asset or a resource reference: no property of this provider takes one, so it is only
     * described ("a list") and handed back as it came.
     *
     * @param content the value as plain Java, so that no wire type leaves the gRPC layer: a {@code List}, a
     *     {@code Map} with string keys, a {@code String}, a {@code Double}, a {@code Boolean} or null, nested
     */
    record Other(String kind, Object content) implements PropertyValue {
        @Override
        public String toString() {
            return kind;
        }
    }

    /** See {@link #UNKNOWN}. */
    final class Unknown implements PropertyValue {
        private Unknown() {}

        @Override
        public String toString() {
            return "an unknown value";
        }
    }
}
