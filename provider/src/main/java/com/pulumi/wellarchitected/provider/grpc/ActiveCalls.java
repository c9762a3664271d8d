package com.pulumi.wellarchitected.provider.grpc;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The calls to AWS in progress, so that {@code Cancel} can abort them. Each runs on the gRPC thread that took the
 * request (a second thread per call costs two hand-offs and is measured in bench/README.md), registered here so that
 * Cancel can interrupt it, which stops the AWS SDK in a backoff between retries or before the next attempt, and the
 * call ends the way it ends on any failure: a create that has made its share reports the share's ID, so that the
 * engine keeps it. A call still blocked after a grace period (a socket read cannot be interrupted) is answered as
 * cancelled by its abandon action, and its thread is left behind. After a cancel, new calls fail at once.
 */
final class ActiveCalls {

    private static final String CANCELLED = "cancelled: the engine asked the provider to stop";
    private static final long GRACE_MILLIS = 750;

    private final Map<Thread, Consumer<CancellationException>> inProgress = new ConcurrentHashMap<>();
    private volatile boolean cancelled;

    /**
     * Runs {@code call} on this thread.
     *
     * @param abandon answers the call as cancelled, from another thread, when it outlives Cancel's grace period
     */
    <T> T run(Supplier<T> call, Consumer<CancellationException> abandon) {
        if (cancelled) {
            throw new CancellationException(CANCELLED);
        }
        Thread thread = Thread.currentThread();
        inProgress.put(thread, abandon);
        try {
            // A Cancel between the check above and the registration did not see this call.
            if (cancelled) {
                throw new CancellationException(CANCELLED);
            }
            return call.get();
        } finally {
            inProgress.remove(thread);
            // An interrupt aimed at this call must not reach the next request the pooled gRPC thread takes.
            Thread.interrupted();
        }
    }

    void cancelAll() {
        cancelled = true;
        inProgress.keySet().forEach(Thread::interrupt);
        CompletableFuture.delayedExecutor(GRACE_MILLIS, TimeUnit.MILLISECONDS)
                .execute(() ->
                        inProgress.values().forEach(abandon -> abandon.accept(new CancellationException(CANCELLED))));
    }

    boolean isCancelled() {
        return cancelled;
    }
}
