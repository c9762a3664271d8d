package com.pulumi.wellarchitected.terraform.cty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One value as the CLI sends it: null, not yet known, or a known string, number, bool, list or object. */
public sealed interface CtyValue {

    CtyValue NULL = new Null();
    CtyValue UNKNOWN = new Unknown();

    static CtyValue of(String text) {
        return new Text(text);
    }

    /** A known string. */
    record Text(String value) implements CtyValue {}

    /** A known number; cty numbers are arbitrary-precision decimals. */
    record Numeric(BigDecimal value) implements CtyValue {}

    /** A known bool. */
    record Flag(boolean value) implements CtyValue {}

    /** A known list; its elements may be null or unknown. */
    record ListValue(List<CtyValue> elements) implements CtyValue {
        public ListValue {
            elements = List.copyOf(elements);
        }
    }

    /** A known object, by attribute name; an attribute of the type missing from the map is null. */
    record ObjectValue(Map<String, CtyValue> attributes) implements CtyValue {
        public ObjectValue {
            attributes = Map.copyOf(attributes);
        }
    }

    /** See {@link #NULL}. */
    final class Null implements CtyValue {
        private Null() {}

        @Override
        public String toString() {
            return "null";
        }
    }

    /** See {@link #UNKNOWN}. */
    final class Unknown implements CtyValue {
        private Unknown() {}

        @Override
        public String toString() {
            return "unknown";
        }
    }
}
