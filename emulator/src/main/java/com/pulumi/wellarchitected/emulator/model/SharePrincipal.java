package com.pulumi.wellarchitected.emulator.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who a lens is shared with: an account, an IAM user, an organization or an organizational unit. */
public record SharePrincipal(Kind kind, String value, String accountId) {
    /** The kinds of principal the service accepts in {@code SharedWith}. */
    public enum Kind {
        ACCOUNT,
        IAM_USER,
        ORGANIZATION,
        ORGANIZATIONAL_UNIT;

        /** Account and IAM user shares are invitations the recipient answers; organization shares are associated. */
        public boolean isInvitation() {
            return this == ACCOUNT || this == IAM_USER;
        }
    }

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern ORGANIZATION = Pattern.compile("o-[a-z0-9]{10,32}");
    private static final Pattern ORGANIZATIONAL_UNIT = Pattern.compile("ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}");
    private static final Pattern IAM_USER =
            Pattern.compile("arn:aws:iam::(\\d{12}):user/(?:[\\x21-\\x2E\\x30-\\x7E]+/)*[\\w+=,.@-]{1,64}");

    /** Reads a {@code SharedWith} value, or nothing when it is none of the accepted shapes. */
    public static Optional<SharePrincipal> parse(String sharedWith) {
        if (ACCOUNT.matcher(sharedWith).matches()) {
            return Optional.of(new SharePrincipal(Kind.ACCOUNT, sharedWith, sharedWith));
        }
        Matcher user = IAM_USER.matcher(sharedWith);
        if (user.matches()) {
            return Optional.of(new SharePrincipal(Kind.IAM_USER, sharedWith, user.group(1)));
        }
        if (ORGANIZATION.matcher(sharedWith).matches()) {
            return Optional.of(new SharePrincipal(Kind.ORGANIZATION, sharedWith, null));
        }
        if (ORGANIZATIONAL_UNIT.matcher(sharedWith).matches()) {
            return Optional.of(new SharePrincipal(Kind.ORGANIZATIONAL_UNIT, sharedWith, null));
        }
        return Optional.empty();
    }
}
