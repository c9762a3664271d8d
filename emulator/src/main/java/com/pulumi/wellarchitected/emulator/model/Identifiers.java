package com.pulumi.wellarchitected.emulator.model;

import java.util.regex.Pattern;

/**
 * The shapes of the identifiers the emulator checks, in one place: Region names and custom lens ARNs. Public so that
 * the provider's tests can hold the provider's own rules against them.
 */
public final class Identifiers {

    /** A Region name such as {@code us-east-1}. */
    public static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    /** A custom lens ARN: Region, owner account and lens ID. */
    public static final Pattern CUSTOM_LENS_ARN =
            Pattern.compile("arn:aws:wellarchitected:([a-z0-9-]+):(\\d{12}):lens/([0-9a-f]{32})");

    private Identifiers() {}

    public static boolean isRegion(String text) {
        return REGION.matcher(text).matches();
    }

    /** Whether the text names a custom lens in the given Region, as the operations that take a LensAlias require. */
    public static boolean isCustomLensArn(String text, String region) {
        var arn = CUSTOM_LENS_ARN.matcher(text);
        return arn.matches() && arn.group(1).equals(region);
    }
}
