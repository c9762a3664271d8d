package com.pulumi.wellarchitected.provider.lens;

import com.pulumi.wellarchitected.provider.lens.LensApi.LensPage;
import com.pulumi.wellarchitected.provider.lens.LensApi.LensSummary;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import java.util.Optional;

/** A lens's status, which only ListLenses gives: paged through until the lens is found. */
final class LensListing {

    private LensListing() {}

    /** The lens's status, or nothing while ListLenses does not list it (it lists a new lens after a delay). */
    static Optional<String> status(LensApi api, String lensArn, Deadline deadline) {
        Optional<String> next = Optional.empty();
        do {
            LensPage page = api.listLenses(next, deadline);
            for (LensSummary lens : page.lenses()) {
                if (lens.lensArn().equals(lensArn)) {
                    return Optional.of(lens.status().orElse("CURRENT"));
                }
            }
            next = page.nextToken();
        } while (next.isPresent());
        return Optional.empty();
    }
}
