package com.pulumi.wellarchitected.emulator.wire;

import java.util.regex.Pattern;

/** Constraints of the model's shared member shapes, so that each is stated once. */
final class Members {
    static final int LENS_ALIAS_MIN = 1;
    static final int LENS_ALIAS_MAX = 128;
    static final int TOKEN_MIN = 1;
    static final int TOKEN_MAX = 2048;
    static final int PAGE_MIN = 1;
    static final int PAGE_MAX = 50;
    static final int LENS_VERSION_MIN = 1;
    static final int LENS_VERSION_MAX = 32;
    static final int LENS_NAME_MIN = 1;
    static final int LENS_NAME_MAX = 128;
    static final int PREFIX_MAX = 100;
    static final int NEXT_TOKEN_MAX = 2048;
    static final Pattern HEX_ID = Pattern.compile("[0-9a-f]{32}");

    private Members() {}
}
