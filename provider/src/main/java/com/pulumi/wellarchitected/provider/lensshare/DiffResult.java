package com.pulumi.wellarchitected.provider.lensshare;

import java.util.List;

/**
 * The properties whose change replaces the share; {@code added} are those without an old value. Every change
 * replaces, since lens shares cannot be updated.
 */
public record DiffResult(List<String> replaced, List<String> added, boolean deleteBeforeReplace) {

    public boolean hasChanges() {
        return !replaced.isEmpty();
    }
}
