package com.pulumi.wellarchitected.terraform.cty;

import java.math.BigDecimal;

/** One attribute's value as the CLI sends it: null, not yet known, or a known string, number or bool. */
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
