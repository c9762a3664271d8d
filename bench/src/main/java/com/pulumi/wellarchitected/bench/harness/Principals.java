package com.pulumi.wellarchitected.bench.harness;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Distinct 12-digit AWS accounts to share lenses with. Each is its own SharedWithPrefix, so a filtered
 * ListLensShares finds exactly one principal's shares.
 */
public final class Principals {

    private static final long FIRST = 200_000_000_000L;

    private final AtomicLong next = new AtomicLong();

    public String next() {
        return account(next.getAndIncrement());
    }

    public static String account(long index) {
        return Long.toString(FIRST + index);
    }
}
