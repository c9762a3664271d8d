package com.pulumi.wellarchitected.provider.lensshare;

import java.util.Locale;
import java.util.regex.Pattern;

/** The Pulumi ID of a lens share, {@code <lens ARN>|<share ID>}: enough to read, import and delete it. */
public record LensShareId(LensArn lens, String shareId) {

    private static final Pattern SHARE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final String EXAMPLE =
            "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef"
                    + "|aaaabbbbccccddddeeeeffff00001111";

    public LensShareId {
        if (!SHARE_ID.matcher(shareId).matches()) {
            throw new IllegalArgumentException("a share ID has 32 lower-case hex characters");
        }
    }

    /**
     * Parses an ID as written by {@link #toString()} or typed by a user for {@code pulumi import}.
     *
     * @throws InvalidValueException showing the expected form with an example
     */
    public static LensShareId parse(String id) {
        int bar = id.lastIndexOf('|');
        String shareId = bar < 0 ? "" : id.substring(bar + 1).trim().toLowerCase(Locale.ROOT);
        if (bar < 0 || !SHARE_ID.matcher(shareId).matches()) {
            throw malformed(id, "");
        }
        try {
            return new LensShareId(LensArn.parse(id.substring(0, bar)), shareId);
        } catch (InvalidValueException e) {
            throw malformed(id, " (the lens part: " + e.getMessage() + ")");
        }
    }

    private static InvalidValueException malformed(String id, String detail) {
        return new InvalidValueException("lens share ID \"" + id + "\" is not <lens ARN>|<share ID>" + detail
                + ": expected the custom lens ARN and the 32-hex-character share ID joined by |, for example "
                + EXAMPLE);
    }

    @Override
    public String toString() {
        return lens + "|" + shareId;
    }
}
