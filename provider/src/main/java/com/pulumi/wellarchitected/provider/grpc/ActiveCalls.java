package com.pulumi.wellarchitected.provider.grpc;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The calls in progress, so that {@code Cancel} can abort them: the AWS SDK gives up a call, or a backoff between
 * retries, when its thread is interrupted. After a cancel, new calls fail at once.
 */
final class ActiveCalls {

    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    <T> T run(Supplier<T> call) {
        Thread thread = Thread.currentThread();
        threads.add(thread);
        try {
            if (cancelled) {
                throw new CancellationException("the provider was cancelled: the engine is shutting it down");
            }
            return call.get();
        } finally {
            threads.remove(thread);
            // An interrupt aimed at this call must not reach the next task of the pooled thread.
            Thread.interrupted();
        }
    }

    void cancelAll() {
        cancelled = true;
        threads.forEach(Thread::interrupt);
    }

    boolean isCancelled() {
        return cancelled;
    }
}
