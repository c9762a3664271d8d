package com.pulumi.wellarchitected.terraform;

import java.util.Locale;

/** The Terraform names of the core's tokens and properties: snake_case, types prefixed with the provider's name. */
final class Names {

    static final String PROVIDER = "wellarchitected";

    private Names() {}

    /** {@code isMajorVersion} → {@code is_major_version}. */
    static String snake(String camel) {
        StringBuilder snake = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && !snake.isEmpty()) {
                snake.append('_');
            }
            snake.append(Character.toLowerCase(c));
        }
        return snake.toString();
    }

    /** {@code wellarchitected:index:LensShare} → {@code wellarchitected_lens_share}. */
    static String resourceType(String token) {
        return PROVIDER + "_" + snake(typePart(token));
    }

    /** {@code wellarchitected:index:getLensShares} → {@code wellarchitected_lens_shares}: a data source reads. */
    static String dataSourceType(String token) {
        String function = typePart(token);
        String noun = function.startsWith("get") ? function.substring("get".length()) : function;
        return PROVIDER + "_" + snake(noun).toLowerCase(Locale.ROOT);
    }

    private static String typePart(String token) {
        return token.substring(token.lastIndexOf(':') + 1);
    }
}
