package com.pulumi.wellarchitected.emulator;

import com.google.gson.JsonObject;
import com.pulumi.wellarchitected.emulator.auth.SigV4Authenticator;
import com.pulumi.wellarchitected.emulator.auth.SignedRequest;
import com.pulumi.wellarchitected.emulator.control.RequestMetrics;
import com.pulumi.wellarchitected.emulator.errors.InternalServerException;
import com.pulumi.wellarchitected.emulator.errors.ServiceException;
import com.pulumi.wellarchitected.emulator.errors.ServiceUnavailableException;
import com.pulumi.wellarchitected.emulator.errors.UnknownOperationException;
import com.pulumi.wellarchitected.emulator.errors.ValidationException;
import com.pulumi.wellarchitected.emulator.faults.FaultInjector;
import com.pulumi.wellarchitected.emulator.http.HttpRequest;
import com.pulumi.wellarchitected.emulator.http.HttpResponse;
import com.pulumi.wellarchitected.emulator.model.AccountRegion;
import com.pulumi.wellarchitected.emulator.routes.Operation;
import com.pulumi.wellarchitected.emulator.routes.RoutedRequest;
import com.pulumi.wellarchitected.emulator.routes.Router;
import com.pulumi.wellarchitected.emulator.wire.ApiRequest;
import com.pulumi.wellarchitected.emulator.wire.ErrorResponse;
import com.pulumi.wellarchitected.emulator.wire.Json;
import com.pulumi.wellarchitected.emulator.wire.OperationHandler;
import com.pulumi.wellarchitected.emulator.wire.QueryParameters;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves the Well-Architected API: route, authenticate, inject faults, run the operation, answer. Every outcome is an
 * AWS-shaped response; nothing unexpected reaches the client as a stack trace.
 */
final class ApiHandler {
    private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());

    private final Router router = new Router();
    private final Map<Operation, OperationHandler> handlers;
    private final SigV4Authenticator authenticator;
    private final FaultInjector faults;
    private final RequestMetrics metrics;

    ApiHandler(
            Map<Operation, OperationHandler> handlers,
            SigV4Authenticator authenticator,
            FaultInjector faults,
            RequestMetrics metrics) {
        this.handlers = handlers;
        this.authenticator = authenticator;
        this.faults = faults;
        this.metrics = metrics;
    }

    HttpResponse handle(HttpRequest http) {
        String requestId = HttpResponse.newRequestId();
        String operationName = Operation.UNKNOWN;
        try {
            Optional<RoutedRequest> routed = router.match(http.method(), http.rawPath());
            if (routed.isPresent()) {
                operationName = routed.get().operation().awsName();
            }
            AccountRegion caller = authenticator.authenticate(
                    new SignedRequest(http.method(), http.rawPath(), http.rawQuery(), http.headers(), http.body()));
            if (routed.isEmpty()) {
                throw new UnknownOperationException("No operation matches " + http.method() + " " + http.rawPath());
            }
            faults.apply(operationName);
            ApiRequest request = new ApiRequest(
                    caller, routed.get().rawLabels(), QueryParameters.parse(http.rawQuery()), http.body());
            JsonObject output = handlers.get(routed.get().operation()).handle(request);
            metrics.record(operationName, 200);
            return HttpResponse.json(200, requestId, output == null ? null : Json.write(output));
        } catch (ServiceException e) {
            return error(operationName, requestId, e);
        } catch (RuntimeException | StackOverflowError e) {
            // The emulator's own log gets the cause; the client gets only the request ID to quote.
            LOG.log(Level.WARNING, "request " + requestId + " (" + operationName + ") failed", e);
            return error(
                    operationName,
                    requestId,
                    new InternalServerException("Internal server error (request " + requestId + ")"));
        }
    }

    HttpResponse malformed(String problem) {
        return error(Operation.UNKNOWN, HttpResponse.newRequestId(), ValidationException.cannotParse(null, problem));
    }

    HttpResponse overloaded() {
        return error(
                Operation.UNKNOWN,
                HttpResponse.newRequestId(),
                new ServiceUnavailableException("The emulator has too many open connections"));
    }

    private HttpResponse error(String operationName, String requestId, ServiceException error) {
        metrics.record(operationName, error.httpStatus());
        return HttpResponse.json(error.httpStatus(), requestId, ErrorResponse.body(error))
                .withHeader(ErrorResponse.ERROR_TYPE_HEADER, error.errorType());
    }
}
