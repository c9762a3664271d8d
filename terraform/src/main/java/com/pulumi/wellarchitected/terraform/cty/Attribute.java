package com.pulumi.wellarchitected.terraform.cty;

/** One attribute of a schema block: its name, type, who sets it, and whether the CLI hides its value. */
public record Attribute(String name, CtyType type, Role role, boolean sensitive, String description) {

    /** Who gives the attribute its value. */
    public enum Role {
        REQUIRED,
        OPTIONAL,
        /** Optional in the configuration; the provider fills it when the configuration leaves it out. */
        OPTIONAL_COMPUTED,
        COMPUTED;

        public boolean optional() {
            return this == OPTIONAL || this == OPTIONAL_COMPUTED;
        }

        public boolean computed() {
            return this == COMPUTED || this == OPTIONAL_COMPUTED;
        }
    }
}
