package com.pulumi.wellarchitected.emulator.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.pulumi.wellarchitected.emulator.errors.ServiceException;
import com.pulumi.wellarchitected.emulator.faults.FaultConfig;
import com.pulumi.wellarchitected.emulator.faults.FaultInjector;
import com.pulumi.wellarchitected.emulator.http.HttpRequest;
import com.pulumi.wellarchitected.emulator.http.HttpResponse;
import com.pulumi.wellarchitected.emulator.model.AccountRegion;
import com.pulumi.wellarchitected.emulator.model.EmulatorClock;
import com.pulumi.wellarchitected.emulator.model.ListingDelays;
import com.pulumi.wellarchitected.emulator.model.ShareStatus;
import com.pulumi.wellarchitected.emulator.model.StateView;
import com.pulumi.wellarchitected.emulator.model.UndocumentedBehaviour;
import com.pulumi.wellarchitected.emulator.model.WellArchitectedBackend;
import com.pulumi.wellarchitected.emulator.routes.Operation;
import com.pulumi.wellarchitected.emulator.wire.Json;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** The emulator's own API under {@code /_emulator/} (no SigV4): health, reset, seeding, state, clock, faults, metrics. */
public final class ControlApi {
    public static final String PREFIX = "/_emulator/";
    private static final Logger LOG = Logger.getLogger(ControlApi.class.getName());
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final Set<String> FAULT_KEYS = Set.of(
            "throttleRate", "errorRate", "latencyMs", "rateLimitPerSecond", "seed", "operations", "listingDelayMs");
    private static final long MAX_LATENCY_MS = 60_000;
    private static final long MAX_LISTING_DELAY_MS = 3_600_000;
    private static final String LIST_LENS_SHARES = Operation.LIST_LENS_SHARES.awsName();
    private static final String LIST_SHARE_INVITATIONS = Operation.LIST_SHARE_INVITATIONS.awsName();
    private static final String LIST_LENSES = Operation.LIST_LENSES.awsName();
    private static final Set<String> DELAYED_LISTINGS = Set.of(LIST_LENS_SHARES, LIST_SHARE_INVITATIONS, LIST_LENSES);

    private final WellArchitectedBackend backend;
    private final EmulatorClock clock;
    private final FaultInjector faults;
    private final RequestMetrics metrics;

    public ControlApi(
            WellArchitectedBackend backend, EmulatorClock clock, FaultInjector faults, RequestMetrics metrics) {
        this.backend = backend;
        this.clock = clock;
        this.faults = faults;
        this.metrics = metrics;
    }

    /** A control request that cannot be served, with the HTTP status to answer. */
    private static final class ControlError extends RuntimeException {
        final int status;

        ControlError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    public HttpResponse handle(HttpRequest request) {
        String requestId = HttpResponse.newRequestId();
        try {
            String action = request.rawPath().substring(PREFIX.length());
            return HttpResponse.json(200, requestId, dispatch(request.method(), action, request.body()));
        } catch (ControlError e) {
            return HttpResponse.json(e.status, requestId, error(e.getMessage()));
        } catch (ServiceException e) {
            return HttpResponse.json(e.httpStatus(), requestId, error(e.errorType() + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "control request " + requestId + " failed", e);
            return HttpResponse.json(500, requestId, error("internal error (request " + requestId + ")"));
        }
    }

    private String dispatch(String method, String action, byte[] input) {
        return switch (method + " " + action) {
            case "GET health" -> {
                JsonObject health = new JsonObject();
                health.addProperty("status", "ok");
                yield Json.write(health);
            }
            case "POST reset" -> {
                faults.clear();
                metrics.reset();
                clock.reset();
                backend.reset();
                JsonObject reset = new JsonObject();
                reset.addProperty("status", "ok");
                yield Json.write(reset);
            }
            case "GET state" -> Json.writeWithNulls(state(backend.view()));
            case "POST lenses" -> seedLens(parse(input));
            case "GET clock" -> Json.write(now());
            case "POST clock" -> advanceClock(parse(input));
            case "GET faults" -> Json.writeWithNulls(faultsJson(faults.current()));
            case "POST faults" -> Json.writeWithNulls(faultsJson(faults.configure(faultConfig(parse(input)))));
            case "GET metrics" -> Json.write(metrics.toJson());
            case "POST metrics/reset" -> {
                metrics.reset();
                yield Json.write(metrics.toJson());
            }
            case "POST share-status" -> setShareStatus(parse(input));
            default ->
                throw new ControlError(
                        404, "no control action " + method + " " + PREFIX + action + "; see emulator/README.md");
        };
    }

    private String seedLens(JsonObject request) {
        String accountId = requiredString(request, "accountId");
        String region = requiredString(request, "region");
        String name = requiredString(request, "name");
        if (!ACCOUNT.matcher(accountId).matches()) {
            throw new ControlError(400, "accountId must be 12 digits");
        }
        if (!REGION.matcher(region).matches()) {
            throw new ControlError(400, "region must be a Region name such as us-east-1");
        }
        if (name.isEmpty() || name.codePointCount(0, name.length()) > 128) {
            throw new ControlError(400, "name must have 1 to 128 characters");
        }
        boolean published = true;
        JsonElement publishedValue = request.get("published");
        if (publishedValue != null) {
            if (!isBoolean(publishedValue)) {
                throw new ControlError(400, "published must be a boolean");
            }
            published = publishedValue.getAsBoolean();
        }
        JsonObject seeded = new JsonObject();
        seeded.addProperty("LensArn", backend.seedLens(new AccountRegion(accountId, region), name, published));
        return Json.write(seeded);
    }

    private String advanceClock(JsonObject request) {
        JsonElement seconds = request.get("advanceSeconds");
        if (seconds == null
                || !isNumber(seconds)
                || seconds.getAsDouble() < 0
                || !Double.isFinite(seconds.getAsDouble())) {
            throw new ControlError(400, "advanceSeconds must be a number of seconds >= 0");
        }
        clock.advance(Duration.ofMillis(Math.round(seconds.getAsDouble() * 1000)));
        backend.clockChanged();
        return Json.write(now());
    }

    private String setShareStatus(JsonObject request) {
        String shareId = requiredString(request, "shareId");
        String statusName = requiredString(request, "status");
        ShareStatus status = Arrays.stream(ShareStatus.values())
                .filter(s -> s.name().equals(statusName))
                .findFirst()
                .orElseThrow(
                        () -> new ControlError(400, "status must be one of " + Arrays.toString(ShareStatus.values())));
        JsonElement message = request.get("statusMessage");
        if (message != null && !message.isJsonNull() && !isString(message)) {
            throw new ControlError(400, "statusMessage must be a string");
        }
        String statusMessage = message == null || message.isJsonNull() ? null : message.getAsString();
        if (!backend.setShareStatus(shareId, status, statusMessage)) {
            throw new ControlError(404, "no share " + shareId);
        }
        JsonObject result = new JsonObject();
        result.addProperty("shareId", shareId);
        result.addProperty("status", status.name());
        result.add("statusMessage", statusMessage == null ? JsonNull.INSTANCE : new JsonPrimitive(statusMessage));
        return Json.writeWithNulls(result);
    }

    private JsonObject now() {
        JsonObject now = new JsonObject();
        now.add("now", Json.timestamp(clock.now()));
        return now;
    }

    static JsonObject state(StateView view) {
        JsonArray lenses = new JsonArray();
        for (StateView.LensEntry lens : view.lenses()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("accountId", lens.accountId());
            entry.addProperty("region", lens.region());
            entry.addProperty("lensArn", lens.lensArn());
            entry.addProperty("name", lens.name());
            entry.addProperty("status", lens.status());
            entry.add("tags", Json.stringMap(lens.tags()));
            lenses.add(entry);
        }
        JsonArray shares = new JsonArray();
        for (StateView.ShareEntry share : view.shares()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("accountId", share.accountId());
            entry.addProperty("region", share.region());
            entry.addProperty("lensArn", share.lensArn());
            entry.addProperty("shareId", share.shareId());
            entry.addProperty("sharedWith", share.sharedWith());
            entry.addProperty("status", share.status().name());
            entry.add(
                    "statusMessage",
                    share.statusMessage() == null ? JsonNull.INSTANCE : new JsonPrimitive(share.statusMessage()));
            entry.add("createdAt", Json.timestamp(share.createdAt()));
            entry.add(
                    "shareInvitationId",
                    share.shareInvitationId() == null
                            ? JsonNull.INSTANCE
                            : new JsonPrimitive(share.shareInvitationId()));
            shares.add(entry);
        }
        JsonArray settings = new JsonArray();
        for (StateView.SettingsEntry setting : view.globalSettings()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("accountId", setting.accountId());
            entry.addProperty("region", setting.region());
            entry.addProperty("organizationSharingStatus", setting.organizationSharingStatus());
            settings.add(entry);
        }
        JsonObject state = new JsonObject();
        state.add("now", Json.timestamp(view.now()));
        state.add("lenses", lenses);
        state.add("shares", shares);
        state.add("globalSettings", settings);
        return state;
    }

    private static FaultConfig faultConfig(JsonObject request) {
        for (String key : request.keySet()) {
            if (!FAULT_KEYS.contains(key)) {
                throw new ControlError(400, "unknown fault setting \"" + key + "\"; known: " + FAULT_KEYS);
            }
        }
        double throttleRate = rate(request, "throttleRate");
        double errorRate = rate(request, "errorRate");
        double latencyMs = number(request, "latencyMs", 0);
        if (latencyMs < 0 || latencyMs > MAX_LATENCY_MS || latencyMs != Math.rint(latencyMs)) {
            throw new ControlError(400, "latencyMs must be a whole number from 0 to " + MAX_LATENCY_MS);
        }
        double rateLimit = number(request, "rateLimitPerSecond", 0);
        if (rateLimit < 0) {
            throw new ControlError(400, "rateLimitPerSecond must be >= 0 (0 means no limit)");
        }
        Long seed = null;
        JsonElement seedValue = request.get("seed");
        if (seedValue != null && !seedValue.isJsonNull()) {
            if (!isNumber(seedValue) || seedValue.getAsDouble() != Math.rint(seedValue.getAsDouble())) {
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
                if (!isString(name) || !Operation.isKnownName(name.getAsString())) {
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
            if (!isNumber(millis)
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

    static JsonObject faultsJson(FaultConfig config) {
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
        double rate = number(request, key, 0);
        if (rate < 0 || rate > 1) {
            throw new ControlError(400, key + " must be between 0 and 1");
        }
        return rate;
    }

    private static double number(JsonObject request, String key, double absent) {
        JsonElement value = request.get(key);
        if (value == null || value.isJsonNull()) {
            return absent;
        }
        if (!isNumber(value) || !Double.isFinite(value.getAsDouble())) {
            throw new ControlError(400, key + " must be a number");
        }
        return value.getAsDouble();
    }

    private static String requiredString(JsonObject request, String key) {
        JsonElement value = request.get(key);
        if (value == null || !isString(value)) {
            throw new ControlError(400, key + " is required and must be a string");
        }
        return value.getAsString();
    }

    private static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
    }

    private static boolean isNumber(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
    }

    private static boolean isBoolean(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
    }

    private static JsonObject parse(byte[] input) {
        if (input.length == 0) {
            return new JsonObject();
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(new String(input, StandardCharsets.UTF_8)));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT || !element.isJsonObject()) {
                throw new ControlError(400, "the body must be one JSON object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new ControlError(400, "the body is not valid JSON");
        }
    }

    private static String error(String message) {
        JsonObject error = new JsonObject();
        error.addProperty("error", message);
        return Json.write(error);
    }
}
