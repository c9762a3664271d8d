package com.pulumi.wellarchitected.emulator.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a new item stays out of each List operation's results, as AWS listings lag behind writes; every other
 * operation sees the item at once.
 */
public record ListingDelays(Duration lensShares, Duration shareInvitations, Duration lenses) {
    public static final ListingDelays NONE = new ListingDelays(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public ListingDelays {
        Objects.requireNonNull(lensShares, "lensShares");
        Objects.requireNonNull(shareInvitations, "shareInvitations");
        Objects.requireNonNull(lenses, "lenses");
    }

    /** Whether an item created at {@code createdAt} is old enough, at {@code now}, to be listed under this delay. */
    static boolean listed(Instant createdAt, Duration delay, Instant now) {
        return !now.isBefore(createdAt.plus(delay));
    }
}
