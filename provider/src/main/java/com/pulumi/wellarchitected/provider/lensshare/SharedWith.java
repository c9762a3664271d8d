package com.pulumi.wellarchitected.provider.lensshare;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The principal a lens is shared with: an AWS account, an IAM user, an organization or an organizational unit. */
public record SharedWith(String value) {

    /** Every accepted form, for messages. */
    public static final String FORMS =
            "a 12-digit AWS account ID, an IAM user ARN (arn:aws:iam::<account ID>:user/<name>), "
                    + "an organization ID (o-<10 to 32 letters or digits>) or an organizational unit ID "
                    + "(ou-<4 to 32 letters or digits>-<8 to 32 letters or digits>)";

    private static final Pattern ACCOUNT_SPELLING = Pattern.compile("[0-9][0-9 -]*[0-9]");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern ORGANIZATION = Pattern.compile("o-[a-z0-9]{10,32}");
    private static final Pattern ORGANIZATIONAL_UNIT = Pattern.compile("ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}");
    private static final Pattern IAM_ARN = Pattern.compile("(?i)(arn:aws[a-z-]*:iam::)([^:]*):([^/]*)(/.*)?");
    // IAM's rules: a path of 1 to 512 printable ASCII characters that starts and ends with /, then a name of 1 to
    // 64 of [\w+=,.@-].
    private static final Pattern USER_PATH = Pattern.compile("/|/[\\x21-\\x7e]{1,510}/");
    private static final Pattern USER_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7e]*");
    /** The longest SharedWith the API takes. */
    private static final int MAX_LENGTH = 2048;

    /**
     * Parses a principal in any equivalent spelling into its canonical form: account IDs without dashes or blanks,
     * organization and OU IDs in lower case, IAM user ARNs with the user's path and name kept as written.
     *
     * @throws InvalidValueException saying which forms are accepted
     */
    public static SharedWith parse(String text) {
        String trimmed = text.trim();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "the API takes at most " + MAX_LENGTH + " characters here: give " + FORMS + ".");
        }
        // Case is folded below only in ASCII: a look-alike letter must not fold into the ID it imitates.
        if (!PRINTABLE_ASCII.matcher(trimmed).matches()) {
            throw new InvalidValueException("a lens can be shared with " + FORMS + " only.");
        }
        if (ACCOUNT_SPELLING.matcher(trimmed).matches()) {
            String digits = trimmed.replaceAll("[ -]", "");
            if (ACCOUNT.matcher(digits).matches()) {
                return new SharedWith(digits);
            }
            throw new InvalidValueException("an AWS account ID has exactly 12 digits: give " + FORMS + ".");
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (ORGANIZATION.matcher(lower).matches()) {
            return new SharedWith(lower);
        }
        if (ORGANIZATIONAL_UNIT.matcher(lower).matches()) {
            return new SharedWith(lower);
        }
        Matcher iam = IAM_ARN.matcher(trimmed);
        if (iam.matches()) {
            return iamUser(iam);
        }
        throw new InvalidValueException("a lens can be shared with " + FORMS + " only.");
    }

    private static SharedWith iamUser(Matcher iam) {
        if (!iam.group(3).equals("user")) {
            throw new InvalidValueException("a lens can be shared with IAM users but not with other IAM principals: "
                    + "give an IAM user ARN, arn:aws:iam::<account ID>:user/<name>, or " + FORMS + ".");
        }
        if (!ACCOUNT.matcher(iam.group(2)).matches()) {
            throw new InvalidValueException("the account ID in an IAM user ARN has exactly 12 digits: "
                    + "give arn:aws:iam::<12-digit account ID>:user/<name>.");
        }
        String pathAndName = iam.group(4) == null ? "" : iam.group(4);
        int lastSlash = pathAndName.lastIndexOf('/');
        if (lastSlash < 0
                || !USER_PATH.matcher(pathAndName.substring(0, lastSlash + 1)).matches()
                || !USER_NAME.matcher(pathAndName.substring(lastSlash + 1)).matches()) {
            throw new InvalidValueException("an IAM user name has 1 to 64 letters, digits or +=,.@_- characters, "
                    + "after an optional path of at most 512 characters: give "
                    + "arn:aws:iam::<account ID>:user/<path/><name>.");
        }
        return new SharedWith(iam.group(1).toLowerCase(Locale.ROOT) + iam.group(2) + ":user" + pathAndName);
    }

    @Override
    public String toString() {
        return value;
    }
}
