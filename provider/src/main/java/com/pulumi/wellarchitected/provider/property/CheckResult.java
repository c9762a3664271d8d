package com.pulumi.wellarchitected.provider.property;

import java.util.List;

/** Checked properties, normalised, or the reasons they were refused. */
public record CheckResult(PropertyMap inputs, List<CheckFailure> failures) {

    public static CheckResult accepted(PropertyMap inputs) {
        return new CheckResult(inputs, List.of());
    }

    public static CheckResult refused(List<CheckFailure> failures) {
        return new CheckResult(PropertyMap.empty(), List.copyOf(failures));
    }
}
