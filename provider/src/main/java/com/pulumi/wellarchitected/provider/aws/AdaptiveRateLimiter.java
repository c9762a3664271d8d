package com.pulumi.wellarchitected.provider.aws;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Paces the requests of one client to the rate the API lets through: unlimited until the API throttles, then cut
 * on each throttling answer and raised a little on each other answer.
 *
 * <p>Retrying throttled requests with backoff alone leaves the API idle while every caller backs off, then floods it
 * again: a burst of 200 creates at 50 requests/s took more than twice the time the limit allows. Once throttled, the
 * limiter spaces the requests evenly at a little under the rate the API answered in the last second, so that few are
 * throttled and none waits longer than it must; the rate then creeps up until the API throttles again, which follows
 * a limit that changes, down to a floor of {@value #MIN_RATE} requests/s. A run that is never throttled is never
 * paced.
 */
final class AdaptiveRateLimiter {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    // A little under the rate the API let through, so that a cut stops the throttling instead of following it.
    private static final double CUT = 0.9;
    // +1 request/s per second at 50 requests/s: back to the limit some seconds after a cut.
    private static final double GROWTH_PER_ANSWER = 0.02;
    // Throttling that comes at any rate (another client using up the account's limit, an API that throttles a share
    // of all requests) looks to the limiter like too high a rate, and each cut would bring the next: the rate would
    // fall to almost nothing. Below this floor the limiter stops cutting and leaves the rest to the retries' backoff.
    static final double MIN_RATE = 20;

    private final LongSupplier clock;
    private final SlidingCount sent;
    private final SlidingCount answered;
    private double rate = Double.POSITIVE_INFINITY;
    private long nextSlot;
    private long lastCut;

    AdaptiveRateLimiter() {
        this(System::nanoTime);
    }

    AdaptiveRateLimiter(LongSupplier clock) {
        this.clock = clock;
        this.sent = new SlidingCount(clock);
        this.answered = new SlidingCount(clock);
    }

    /** Waits for the next request's turn and returns when it was sent, to give {@link #throttled} of its answer. */
    long acquire() throws InterruptedException {
        long wait = reserve();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        return clock.getAsLong();
    }

    /** Takes the next request's turn and returns how long to wait for it, in nanoseconds. */
    synchronized long reserve() {
        long now = clock.getAsLong();
        sent.add();
        if (Double.isInfinite(rate)) {
            return 0;
        }
        long slot = Math.max(now, nextSlot);
        nextSlot = slot + (long) (SECOND / rate);
        return slot - now;
    }

    /**
     * The API throttled a request sent at {@code sentAt}. Requests sent before the last cut are answered after it:
     * cutting again for each of them would cut the rate over and over for one overshoot, so their throttling is
     * already accounted for.
     */
    synchronized void throttled(long sentAt) {
        long now = clock.getAsLong();
        if (!Double.isInfinite(rate) && sentAt - lastCut < 0) {
            return;
        }
        // Before the first cut nothing paced the requests, and the answers to the burst that overshot may not all
        // be in: a quarter of what was sent stands in for what the API lets through until a second of answers is.
        double letThrough = Math.max(answered.lastSecond(), sent.lastSecond() / 4.0);
        rate = Math.max(MIN_RATE, CUT * Math.min(rate, letThrough));
        lastCut = now;
    }

    /** The API answered a request without throttling it. */
    synchronized void answered() {
        answered.add();
        if (!Double.isInfinite(rate)) {
            rate += GROWTH_PER_ANSWER;
        }
    }

    /** The current rate in requests per second, infinite while unlimited. */
    synchronized double rate() {
        return rate;
    }

    /** Events in the last second, in ten buckets of 100 ms. */
    private static final class SlidingCount {

        private static final int BUCKETS = 10;
        private static final long BUCKET = SECOND / BUCKETS;

        private final LongSupplier clock;
        private final long[] counts = new long[BUCKETS];
        private final long[] bucketOf = new long[BUCKETS];

        SlidingCount(LongSupplier clock) {
            this.clock = clock;
        }

        void add() {
            long bucket = clock.getAsLong() / BUCKET;
            int index = (int) Math.floorMod(bucket, (long) BUCKETS);
            if (bucketOf[index] != bucket) {
                bucketOf[index] = bucket;
                counts[index] = 0;
            }
            counts[index]++;
        }

        long lastSecond() {
            long bucket = clock.getAsLong() / BUCKET;
            long total = 0;
            for (int i = 0; i < BUCKETS; i++) {
                if (bucket - bucketOf[i] < BUCKETS) {
                    total += counts[i];
                }
            }
            return total;
        }
    }
}
