package com.pulumi.wellarchitected.provider.resource;

import com.pulumi.wellarchitected.provider.lensshare.ApiCallException;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * Polls until a condition holds, with backoff, bounded by the operation's custom timeout or, when the user set
 * none, a default: what AWS lists or settles eventually is waited for, never assumed.
 */
public final class Waiter {

    /** The bound of a wait when the user set no custom timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private static final Duration FIRST_POLL = Duration.ofMillis(100);
    private static final Duration LAST_POLL = Duration.ofSeconds(2);

    private Waiter() {}

    /**
     * Polls {@code probe} until it gives a value.
     *
     * @param operation the operation named in the timeout's message
     * @param awaited what was waited for, completing "… did not happen within"
     * @throws ApiCallException when the time is up
     */
    public static <T> T until(Supplier<Optional<T>> probe, Deadline deadline, String operation, String awaited) {
        Duration bound = deadline.timeout().orElse(DEFAULT_TIMEOUT);
        long end = System.nanoTime() + deadline.remaining().orElse(bound).toNanos();
        Duration pause = FIRST_POLL;
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() + pause.toNanos() >= end) {
                throw new ApiCallException(
                        operation,
                        Optional.empty(),
                        awaited + " within the " + bound.toMillis() / 1000.0
                                + " s timeout (set customTimeouts to wait longer)");
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("cancelled while waiting: " + awaited);
            }
            pause = pause.multipliedBy(2).compareTo(LAST_POLL) > 0 ? LAST_POLL : pause.multipliedBy(2);
        }
    }
}
