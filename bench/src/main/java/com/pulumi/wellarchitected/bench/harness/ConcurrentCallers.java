package com.pulumi.wellarchitected.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs calls from a fixed number of concurrent callers, as an engine deploying in parallel does. */
public final class ConcurrentCallers implements AutoCloseable {

    private final ExecutorService callers;

    public ConcurrentCallers(int count) {
        callers = Executors.newFixedThreadPool(count);
    }

    /** Runs every call and returns each one's outcome, in order; a failed call leaves its exception. */
    public <T> List<Outcome<T>> runAll(List<Callable<T>> calls) throws InterruptedException {
        List<Future<T>> futures = new ArrayList<>();
        calls.forEach(call -> futures.add(callers.submit(call)));
        List<Outcome<T>> outcomes = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                outcomes.add(new Outcome<>(future.get(), null));
            } catch (ExecutionException e) {
                outcomes.add(new Outcome<>(null, e.getCause()));
            }
        }
        return outcomes;
    }

    /** Runs every call and returns the results, failing if any call failed. */
    public <T> List<T> runAllOrFail(List<Callable<T>> calls) throws InterruptedException {
        List<T> results = new ArrayList<>();
        for (Outcome<T> outcome : runAll(calls)) {
            if (outcome.failure() != null) {
                throw new IllegalStateException("a call failed: " + outcome.failure(), outcome.failure());
            }
            results.add(outcome.result());
        }
        return results;
    }

    @Override
    public void close() {
        callers.shutdownNow();
    }

    /** What one call returned, or how it failed. */
    public record Outcome<T>(T result, Throwable failure) {}
}
