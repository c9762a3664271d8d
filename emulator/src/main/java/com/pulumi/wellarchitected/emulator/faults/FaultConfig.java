package com.pulumi.wellarchitected.emulator.faults;

import java.util.Set;

/**
 * The faults in force: rates are probabilities per request, latency is added to every affected request, a positive
 * rateLimitPerSecond throttles beyond that rate, and an empty operation set means every operation.
 */
public record FaultConfig(
        double throttleRate,
        double errorRate,
        long latencyMs,
        double rateLimitPerSecond,
        Long seed,
        Set<String> operations) {
    public static final FaultConfig NONE = new FaultConfig(0, 0, 0, 0, null, Set.of());

    public FaultConfig {
        operations = Set.copyOf(operations);
    }

    boolean affects(String operation) {
        return operations.isEmpty() || operations.contains(operation);
    }

    boolean isNone() {
        return throttleRate == 0 && errorRate == 0 && latencyMs == 0 && rateLimitPerSecond == 0;
    }
}
