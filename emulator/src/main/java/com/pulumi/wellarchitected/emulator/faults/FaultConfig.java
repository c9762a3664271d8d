package com.pulumi.wellarchitected.emulator.faults;

import com.pulumi.wellarchitected.emulator.model.ListingDelays;
import com.pulumi.wellarchitected.emulator.model.UndocumentedBehaviour;
import java.util.Objects;
import java.util.Set;

/**
 * The faults in force: rates are probabilities per request, latency is added to every affected request, a positive
 * rateLimitPerSecond throttles beyond that rate, and an empty operation set means every operation; the listing
 * delays hold new items back from the List operations and do not depend on the operation set.
 */
public record FaultConfig(
        double throttleRate,
        double errorRate,
        long latencyMs,
        double rateLimitPerSecond,
        Long seed,
        Set<String> operations,
        ListingDelays listingDelays) {
    public static final FaultConfig NONE =
            new FaultConfig(0, 0, 0, 0, null, Set.of(), UndocumentedBehaviour.DEFAULT_LISTING_DELAYS);

    public FaultConfig {
        operations = Set.copyOf(operations);
        Objects.requireNonNull(listingDelays, "listingDelays");
    }

    boolean affects(String operation) {
        return operations.isEmpty() || operations.contains(operation);
    }

    /** Whether no request-level fault (latency, throttling, error) is set; listing delays act in the model instead. */
    boolean isNone() {
        return throttleRate == 0 && errorRate == 0 && latencyMs == 0 && rateLimitPerSecond == 0;
    }
}
