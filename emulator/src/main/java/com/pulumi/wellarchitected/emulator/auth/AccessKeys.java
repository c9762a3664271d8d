package com.pulumi.wellarchitected.emulator.auth;

import java.util.regex.Pattern;

/** Which account an access key acts for when no credentials file says otherwise. */
public final class AccessKeys {
    /** The account of every access key that is not itself a 12-digit account ID. */
    public static final String DEFAULT_ACCOUNT = "000000000000";

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private AccessKeys() {}

    public static String accountOf(String accessKeyId) {
        return ACCOUNT.matcher(accessKeyId).matches() ? accessKeyId : DEFAULT_ACCOUNT;
    }
}
