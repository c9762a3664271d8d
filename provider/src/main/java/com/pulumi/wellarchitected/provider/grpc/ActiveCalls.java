package com.pulumi.wellarchitected.provider.grpc;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The calls to AWS in progress, so that {@code Cancel} can abort them. Each runs on a worker thread while the
 * gRPC thread waits for it: a blocking socket read cannot be interrupted, but the wait can, so a cancelled call is
 * answered at once. The worker is interrupted too, which stops the AWS SDK between retries. After a cancel, new
 * calls fail at once.
 */
final class ActiveCalls {

    private static final String CANCELLED = "cancelled: the engine asked the provider to stop";

    private final Set<Future<?>> inFlight = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "provider-aws-call");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean cancelled;

    <T> T run(Supplier<T> call) {
        if (cancelled) {
            throw new CancellationException(CANCELLED);
        }
        Future<T> future = workers.submit(call::get);
        inFlight.add(future);
        try {
            if (cancelled) {
                future.cancel(true);
            }
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (CancellationException e) {
            throw new CancellationException(CANCELLED);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException(CANCELLED);
        } finally {
            inFlight.remove(future);
        }
    }

    void cancelAll() {
        cancelled = true;
        inFlight.forEach(future -> future.cancel(true));
    }

    boolean isCancelled() {
        return cancelled;
    }
}
