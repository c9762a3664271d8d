package com.pulumi.wellarchitected.provider.lensshare;

import com.pulumi.wellarchitected.provider.property.PropertyMap;
import java.util.Optional;

/** What Read found: the share's ID, outputs and inputs, or nothing when the share no longer gives access. */
public record ReadResult(Optional<String> id, PropertyMap outputs, PropertyMap inputs) {

    public static ReadResult gone() {
        return new ReadResult(Optional.empty(), PropertyMap.empty(), PropertyMap.empty());
    }
}
