package com.pulumi.wellarchitected.emulator.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.pulumi.wellarchitected.emulator.faults.FaultConfig;
import com.pulumi.wellarchitected.emulator.model.ListingDelays;
import com.pulumi.wellarchitected.emulator.model.UndocumentedBehaviour;
import com.pulumi.wellarchitected.emulator.routes.Operation;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The fault configuration as the control API reads and echoes it ({@code POST} and {@code GET /_emulator/faults}). */
final class FaultSettings {
    private static final Set<String> FAULT_KEYS = Set.of(
            "throttleRate", "errorRate", "latencyMs", "rateLimitPerSecond", "seed", "operations", "listingDelayMs");
    private static final long MAX_LATENCY_MS = 60_000;
    private static final long MAX_LISTING_DELAY_MS = 3_600_000;
    private static final String LIST_LENS_SHARES = Operation.LIST_LENS_SHARES.awsName();
    private static final String LIST_SHARE_INVITATIONS = Operation.LIST_SHARE_INVITATIONS.awsName();
    private static final String LIST_LENSES = Operation.LIST_LENSES.awsName();
    private static final Set<String> DELAYED_LISTINGS = Set.of(LIST_LENS_SHARES, LIST_SHARE_INVITATIONS, LIST_LENSES);

    private FaultSettings() {}

    static FaultConfig parse(JsonObject request) {
        for (String key : request.keySet()) {
            if (!FAULT_KEYS.contains(key)) {
                throw new ControlError(400, "unknown fault setting \"" + key + "\"; known: " + FAULT_KEYS);
            }
        }
        double throttleRate = rate(request, "throttleRate");
        double errorRate = rate(request, "errorRate");
        double latencyMs = ControlInput.number(request, "latencyMs", 0);
        if (latencyMs < 0 || latencyMs > MAX_LATENCY_MS || latencyMs != Math.rint(latencyMs)) {
            throw new ControlError(400, "latencyMs must be a whole number from 0 to " + MAX_LATENCY_MS);
        }
        double rateLimit = ControlInput.number(request, "rateLimitPerSecond", 0);
        if (rateLimit < 0) {
            throw new ControlError(400, "rateLimitPerSecond must be >= 0 (0 means no limit)");
        }
        Long seed = null;
        JsonElement seedValue = request.get("seed");
        if (seedValue != null && !seedValue.isJsonNull()) {
            if (!ControlInput.isNumber(seedValue) || seedValue.getAsDouble() != Math.rint(seedValue.getAsDouble())) {
                throw new ControlError(400, "seed must be a whole number");
            }
            seed = seedValue.getAsLong();
        }
        Set<String> operations = new LinkedHashSet<>();
        JsonElement operationsValue = request.get("operations");
        if (operationsValue != null && !operationsValue.isJsonNull()) {
            if (!operationsValue.isJsonArray()) {
                throw new ControlError(400, "operations must be an array of operation names");
            }
            for (JsonElement name : operationsValue.getAsJsonArray()) {
                if (!ControlInput.isString(name) || !Operation.isKnownName(name.getAsString())) {
                    throw new ControlError(
                            400,
                            "operations must name operations the emulator serves, such as" + " CreateLensShare; got "
                                    + name);
                }
                operations.add(name.getAsString());
            }
        }
        return new FaultConfig(
                throttleRate, errorRate, (long) latencyMs, rateLimit, seed, operations, listingDelays(request));
    }

    private static ListingDelays listingDelays(JsonObject request) {
        JsonElement value = request.get("listingDelayMs");
        if (value == null || value.isJsonNull()) {
            return UndocumentedBehaviour.DEFAULT_LISTING_DELAYS;
        }
        String accepted = "an object from " + LIST_LENS_SHARES + ", " + LIST_SHARE_INVITATIONS + " or " + LIST_LENSES
                + " to whole milliseconds from 0 to " + MAX_LISTING_DELAY_MS;
        if (!value.isJsonObject()) {
            throw new ControlError(400, "listingDelayMs must be " + accepted);
        }
        JsonObject delays = value.getAsJsonObject();
        for (String operation : delays.keySet()) {
            if (!DELAYED_LISTINGS.contains(operation)) {
                throw new ControlError(
                        400,
                        "listingDelayMs names " + operation + ", which has no listing delay; it must be " + accepted);
            }
            JsonElement millis = delays.get(operation);
            if (!ControlInput.isNumber(millis)
                    || millis.getAsDouble() < 0
                    || millis.getAsDouble() > MAX_LISTING_DELAY_MS
                    || millis.getAsDouble() != Math.rint(millis.getAsDouble())) {
                throw new ControlError(
                        400, "listingDelayMs." + operation + " is " + millis + "; it must be " + accepted);
            }
        }
        return new ListingDelays(
                delay(delays, LIST_LENS_SHARES), delay(delays, LIST_SHARE_INVITATIONS), delay(delays, LIST_LENSES));
    }

    private static Duration delay(JsonObject delays, String operation) {
        JsonElement millis = delays.get(operation);
        return millis == null ? Duration.ZERO : Duration.ofMillis(millis.getAsLong());
    }

    static JsonObject toJson(FaultConfig config) {
        JsonObject json = new JsonObject();
        json.addProperty("throttleRate", config.throttleRate());
        json.addProperty("errorRate", config.errorRate());
        json.addProperty("latencyMs", config.latencyMs());
        json.addProperty("rateLimitPerSecond", config.rateLimitPerSecond());
        json.add("seed", config.seed() == null ? JsonNull.INSTANCE : new JsonPrimitive(config.seed()));
        JsonArray operations = new JsonArray();
        if (config.operations().isEmpty()) {
            Arrays.stream(Operation.values()).forEach(operation -> operations.add(operation.awsName()));
        } else {
            config.operations().stream().sorted().forEach(operations::add);
        }
        json.add("operations", operations);
        JsonObject listingDelays = new JsonObject();
        listingDelays.addProperty(
                LIST_LENS_SHARES, config.listingDelays().lensShares().toMillis());
        listingDelays.addProperty(
                LIST_SHARE_INVITATIONS,
                config.listingDelays().shareInvitations().toMillis());
        listingDelays.addProperty(LIST_LENSES, config.listingDelays().lenses().toMillis());
        json.add("listingDelayMs", listingDelays);
        return json;
    }

    private static double rate(JsonObject request, String key) {
        double rate = ControlInput.number(request, key, 0);
        if (rate < 0 || rate > 1) {
            throw new ControlError(400, key + " must be between 0 and 1");
        }
        return rate;
    }
}
