package com.pulumi.wellarchitected.provider.resource;

import java.util.List;

/**
 * What Diff found: the properties whose change replaces the resource, those updated in place, and those without an
 * old value (a subset of either).
 */
public record Changes(List<String> replaced, List<String> updated, List<String> added, boolean deleteBeforeReplace) {

    public boolean hasChanges() {
        return !replaced.isEmpty() || !updated.isEmpty();
    }
}
