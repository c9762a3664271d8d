package com.pulumi.wellarchitected.provider.lensshare;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ARN of a custom Well-Architected lens, the only kind of lens that can be shared. */
public record LensArn(String partition, String region, String accountId, String lensId) {

    /** How a custom lens ARN is written, for messages. */
    public static final String FORM = "arn:aws:wellarchitected:<region>:<account ID>:lens/<32 hex characters>";

    private static final Pattern CUSTOM = Pattern.compile(
            "arn:(aws[a-z-]*):wellarchitected:([a-z]{2}(?:-[a-z]+)+-\\d{1,2}):(\\d{12}):lens/([0-9a-f]{32})");
    // An official lens has no owner account in its ARN: arn:aws:wellarchitected:us-east-1::lens/serverless.
    private static final Pattern OFFICIAL_ARN =
            Pattern.compile("arn:aws[a-z-]*:wellarchitected:[a-z0-9-]*::lens/[a-z0-9_-]+");
    // Official lenses are named by a word (serverless, wellarchitected); a bare lens ID is a custom lens without its
    // ARN.
    private static final Pattern OFFICIAL_ALIAS = Pattern.compile("[a-z][a-z0-9_-]{0,127}");
    private static final Pattern LENS_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7e]*");

    /**
     * Parses a lens ARN in any equivalent spelling (surrounding blanks, upper-case letters) into its canonical form.
     *
     * @throws InvalidValueException naming what is accepted, when the text is an official lens or no lens ARN
     */
    public static LensArn parse(String text) {
        String trimmed = text.trim();
        if (!PRINTABLE_ASCII.matcher(trimmed).matches()) {
            // Case is folded below only in ASCII: a look-alike letter must not fold into the ARN it imitates.
            throw notACustomLens();
        }
        // Lens ARNs are all lower case: the partition, service and Region codes, and the hex lens ID.
        String canonical = trimmed.toLowerCase(Locale.ROOT);
        Matcher custom = CUSTOM.matcher(canonical);
        if (custom.matches()) {
            return new LensArn(custom.group(1), custom.group(2), custom.group(3), custom.group(4));
        }
        if (OFFICIAL_ARN.matcher(canonical).matches()
                || (OFFICIAL_ALIAS.matcher(canonical).matches()
                        && !LENS_ID.matcher(canonical).matches())) {
            throw new InvalidValueException("this is an AWS official lens, and AWS official lenses cannot be shared: "
                    + "give the ARN of a custom lens you own, " + FORM + ".");
        }
        throw notACustomLens();
    }

    private static InvalidValueException notACustomLens() {
        return new InvalidValueException(
                "this is not the ARN of a custom lens: give the ARN of a custom lens you own, " + FORM + ".");
    }

    @Override
    public String toString() {
        return "arn:" + partition + ":wellarchitected:" + region + ":" + accountId + ":lens/" + lensId;
    }
}
