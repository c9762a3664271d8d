package com.pulumi.wellarchitected.terraform;

/**
 * The URN the core is given in place of Pulumi's. The core derives idempotency tokens from it; Terraform has no
 * resource address to give, so a planned create or update carries a random nonce from the plan to the apply in
 * private state: a retried call of one apply sends the same tokens, and two resources with equal inputs never share
 * one. Log lines show only the type name.
 */
final class StandInUrn {

    private static final String PREFIX = "urn:pulumi:terraform::" + Names.PROVIDER + "::";
    private static final char NONCE = '#';

    private StandInUrn() {}

    /** The URN of a read, import or delete, which derive no token from it. */
    static String of(TypeSchema type) {
        return PREFIX + type.token() + "::" + type.typeName();
    }

    /** The URN of one planned change, {@code nonce} drawn when it was planned. */
    static String planned(TypeSchema type, String nonce) {
        return nonce.isEmpty() ? of(type) : of(type) + NONCE + nonce;
    }

    /** What log lines call the resource: its type name, for a stand-in URN; anything else as it is. */
    static String display(String urn) {
        if (!urn.startsWith(PREFIX)) {
            return urn;
        }
        String name = urn.substring(urn.lastIndexOf("::") + 2);
        int nonce = name.indexOf(NONCE);
        return nonce < 0 ? name : name.substring(0, nonce);
    }
}
