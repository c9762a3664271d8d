package com.pulumi.wellarchitected.emulator.faults;

import com.pulumi.wellarchitected.emulator.errors.InternalServerException;
import com.pulumi.wellarchitected.emulator.errors.ThrottlingException;
import java.util.Random;

/** Applies the configured faults to an API request before the operation runs: latency, then throttling, then errors. */
public final class FaultInjector {
    /** A configuration with the random source and bucket that go with it, swapped as one. */
    private record Active(FaultConfig config, Random random, TokenBucket bucket) {}

    private volatile Active active = new Active(FaultConfig.NONE, new Random(), null);

    public FaultConfig configure(FaultConfig config) {
        Random random = config.seed() == null ? new Random() : new Random(config.seed());
        TokenBucket bucket = config.rateLimitPerSecond() > 0
                ? new TokenBucket(config.rateLimitPerSecond(), System.nanoTime())
                : null;
        active = new Active(config, random, bucket);
        return config;
    }

    public FaultConfig current() {
        return active.config();
    }

    public void clear() {
        configure(FaultConfig.NONE);
    }

    /** Delays, or throws the fault's error, for a request to the named operation. */
    public void apply(String operation) {
        Active current = active;
        FaultConfig config = current.config();
        if (config.isNone() || !config.affects(operation)) {
            return;
        }
        if (config.latencyMs() > 0) {
            try {
                Thread.sleep(config.latencyMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (current.bucket() != null && !current.bucket().tryTake(System.nanoTime())) {
            throw new ThrottlingException("Rate exceeded");
        }
        double throttleDraw;
        double errorDraw;
        // One lock over both draws keeps a seeded run's sequence of outcomes reproducible.
        synchronized (current.random()) {
            throttleDraw = current.random().nextDouble();
            errorDraw = current.random().nextDouble();
        }
        if (throttleDraw < config.throttleRate()) {
            throw new ThrottlingException("Rate exceeded (injected by the emulator)");
        }
        if (errorDraw < config.errorRate()) {
            throw new InternalServerException("Internal server error (injected by the emulator)");
        }
    }
}
