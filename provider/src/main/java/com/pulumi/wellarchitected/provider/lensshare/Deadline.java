package com.pulumi.wellarchitected.provider.lensshare;

import java.time.Duration;
import java.util.Optional;

/** When an operation must be finished by, from the engine's {@code timeout}; none when the user set none. */
public final class Deadline {

    private static final Deadline NONE = new Deadline(Optional.empty(), 0);

    private final Optional<Duration> timeout;
    private final long endNanos;

    private Deadline(Optional<Duration> timeout, long endNanos) {
        this.timeout = timeout;
        this.endNanos = endNanos;
    }

    public static Deadline none() {
        return NONE;
    }

    /** A deadline {@code seconds} from now; zero or less means none, as the engine sends it. */
    public static Deadline afterSeconds(double seconds) {
        if (seconds <= 0) {
            return NONE;
        }
        Duration timeout = Duration.ofNanos((long) (seconds * 1e9));
        return new Deadline(Optional.of(timeout), System.nanoTime() + timeout.toNanos());
    }

    /** The time left, at least one millisecond so that a call made at the last moment still fails by itself. */
    public Optional<Duration> remaining() {
        return timeout.map(t -> Duration.ofNanos(Math.max(endNanos - System.nanoTime(), 1_000_000)));
    }

    /** Whether the deadline, if any, is further away than {@code wait}. */
    public boolean leaves(Duration wait) {
        return timeout.isEmpty() || endNanos - System.nanoTime() > wait.toNanos();
    }

    /** The whole timeout, for messages. */
    public Optional<Duration> timeout() {
        return timeout;
    }
}
