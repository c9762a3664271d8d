package com.pulumi.wellarchitected.emulator.control;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import com.pulumi.wellarchitected.emulator.errors.ServiceException;
import com.pulumi.wellarchitected.emulator.faults.FaultInjector;
import com.pulumi.wellarchitected.emulator.http.HttpRequest;
import com.pulumi.wellarchitected.emulator.http.HttpResponse;
import com.pulumi.wellarchitected.emulator.model.AccountRegion;
import com.pulumi.wellarchitected.emulator.model.EmulatorClock;
import com.pulumi.wellarchitected.emulator.model.Identifiers;
import com.pulumi.wellarchitected.emulator.model.ShareStatus;
import com.pulumi.wellarchitected.emulator.model.StateView;
import com.pulumi.wellarchitected.emulator.model.WellArchitectedBackend;
import com.pulumi.wellarchitected.emulator.wire.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** The emulator's own API under {@code /_emulator/} (no SigV4): health, reset, seeding, state, clock, faults, metrics. */
public final class ControlApi {
    public static final String PREFIX = "/_emulator/";
    private static final Logger LOG = Logger.getLogger(ControlApi.class.getName());
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Identifiers.REGION;
    private static final Gson STATE_JSON = new GsonBuilder()
            .disableHtmlEscaping()
            .serializeNulls()
            .registerTypeAdapter(
                    Instant.class, (JsonSerializer<Instant>) (instant, type, context) -> Json.timestamp(instant))
            .create();

    private final WellArchitectedBackend backend;
    private final EmulatorClock clock;
    private final FaultInjector faults;
    private final RequestMetrics metrics;
    /** Null when the control API is open (the emulator listens on loopback only and no token was given). */
    private final ControlToken token;

    public ControlApi(
            WellArchitectedBackend backend,
            EmulatorClock clock,
            FaultInjector faults,
            RequestMetrics metrics,
            ControlToken token) {
        this.backend = backend;
        this.clock = clock;
        this.faults = faults;
        this.metrics = metrics;
        this.token = token;
    }

    public HttpResponse handle(HttpRequest request) {
        String requestId = HttpResponse.newRequestId();
        try {
            String action = request.rawPath().substring(PREFIX.length());
            if (token != null && !action.equals("health")) {
                switch (token.check(request)) {
                    case MISSING -> {
                        return HttpResponse.json(
                                        401,
                                        requestId,
                                        error("the control API needs the header Authorization: Bearer <control token>"))
                                .withHeader("WWW-Authenticate", "Bearer");
                    }
                    case WRONG -> {
                        return HttpResponse.json(403, requestId, error("the control token is not the one configured"));
                    }
                    case ACCEPTED -> {}
                }
            }
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
            case "POST lenses" -> seedLens(ControlInput.parse(input));
            case "GET clock" -> Json.write(now());
            case "POST clock" -> advanceClock(ControlInput.parse(input));
            case "GET faults" -> Json.writeWithNulls(FaultSettings.toJson(faults.current()));
            case "POST faults" ->
                Json.writeWithNulls(
                        FaultSettings.toJson(faults.configure(FaultSettings.parse(ControlInput.parse(input)))));
            case "GET metrics" -> Json.write(metrics.toJson());
            case "POST metrics/reset" -> {
                metrics.reset();
                yield Json.write(metrics.toJson());
            }
            case "POST share-status" -> setShareStatus(ControlInput.parse(input));
            default ->
                throw new ControlError(
                        404, "no control action " + method + " " + PREFIX + action + "; see emulator/README.md");
        };
    }

    private String seedLens(JsonObject request) {
        String accountId = ControlInput.requiredString(request, "accountId");
        String region = ControlInput.requiredString(request, "region");
        String name = ControlInput.requiredString(request, "name");
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
            if (!ControlInput.isBoolean(publishedValue)) {
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
                || !ControlInput.isNumber(seconds)
                || seconds.getAsDouble() < 0
                || !Double.isFinite(seconds.getAsDouble())) {
            throw new ControlError(400, "advanceSeconds must be a number of seconds >= 0");
        }
        clock.advance(Duration.ofMillis(Math.round(seconds.getAsDouble() * 1000)));
        backend.clockChanged();
        return Json.write(now());
    }

    private String setShareStatus(JsonObject request) {
        String shareId = ControlInput.requiredString(request, "shareId");
        String statusName = ControlInput.requiredString(request, "status");
        ShareStatus status = Arrays.stream(ShareStatus.values())
                .filter(s -> s.name().equals(statusName))
                .findFirst()
                .orElseThrow(
                        () -> new ControlError(400, "status must be one of " + Arrays.toString(ShareStatus.values())));
        JsonElement message = request.get("statusMessage");
        if (message != null && !message.isJsonNull() && !ControlInput.isString(message)) {
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

    /** The state dump is the model's views written as they are, so a field added to a view shows without edits here. */
    static JsonElement state(StateView view) {
        return STATE_JSON.toJsonTree(view);
    }

    private static String error(String message) {
        JsonObject error = new JsonObject();
        error.addProperty("error", message);
        return Json.write(error);
    }
}
