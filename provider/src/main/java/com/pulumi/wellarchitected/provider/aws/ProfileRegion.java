package com.pulumi.wellarchitected.provider.aws;

import java.util.Optional;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/** The {@code region} of a profile in the AWS shared configuration files. */
public final class ProfileRegion {

    private ProfileRegion() {}

    public static Optional<String> of(String profile) {
        try {
            return ProfileFile.defaultProfileFile().profile(profile).flatMap(p -> p.property(ProfileProperty.REGION));
        } catch (RuntimeException e) {
            // An unreadable or malformed file gives no Region; the SDK reports it properly if it is used for keys.
            return Optional.empty();
        }
    }
}
