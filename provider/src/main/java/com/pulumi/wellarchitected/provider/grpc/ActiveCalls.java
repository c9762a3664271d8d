package com.pulumi.wellarchitected.provider.grpc;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The calls to AWS in progress, so that {@code Cancel} can abort them. Each runs on a worker thread (see
 * {@link CallThreads}) while the gRPC thread waits for it. Cancel interrupts the workers, which stops the AWS SDK in
 * a backoff between retries or before the next attempt, and the call ends the way it ends on any failure: a create
 * that has made its share reports the share's ID, so that the engine keeps it. A worker still blocked after a grace
 * period (a platform thread's socket read cannot be interrupted) is left behind and its call answered as cancelled.
 * After a cancel, new calls fail at once.
 */
final class ActiveCalls {

    private static final String CANCELLED = "cancelled: the engine asked the provider to stop";
    private static final long POLL_MILLIS = 50;
    private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(750);

    private final Set<Thread> workersInCalls = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers = CallThreads.newExecutor("provider-aws-call");
    private volatile long cancelledAt;
    private volatile boolean cancelled;

    <T> T run(Supplier<T> call) {
        if (cancelled) {
            throw new CancellationException(CANCELLED);
        }
        Future<T> future = workers.submit(() -> {
            Thread worker = Thread.currentThread();
            workersInCalls.add(worker);
            try {
                if (cancelled) {
                    throw new CancellationException(CANCELLED);
                }
                return call.get();
            } finally {
                workersInCalls.remove(worker);
                // An interrupt aimed at this call must not reach the next task of the pooled thread.
                Thread.interrupted();
            }
        });
        try {
            return await(future);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException(CANCELLED);
        }
    }

    private <T> T await(Future<T> future) throws ExecutionException, InterruptedException {
        while (true) {
            try {
                return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (cancelled && System.nanoTime() - cancelledAt > GRACE_NANOS) {
                    future.cancel(true);
                    throw new CancellationException(CANCELLED);
                }
            }
        }
    }

    void cancelAll() {
        cancelledAt = System.nanoTime();
        cancelled = true;
        workersInCalls.forEach(Thread::interrupt);
    }

    boolean isCancelled() {
        return cancelled;
    }
}
