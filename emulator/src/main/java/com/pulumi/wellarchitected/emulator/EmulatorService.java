package com.pulumi.wellarchitected.emulator;

import com.pulumi.wellarchitected.emulator.control.ControlApi;
import com.pulumi.wellarchitected.emulator.http.HttpRequest;
import com.pulumi.wellarchitected.emulator.http.HttpResponse;
import com.pulumi.wellarchitected.emulator.http.HttpService;

/** Sends requests under {@code /_emulator/} to the control API and everything else to the Well-Architected API. */
final class EmulatorService implements HttpService {
    private final ApiHandler api;
    private final ControlApi control;

    EmulatorService(ApiHandler api, ControlApi control) {
        this.api = api;
        this.control = control;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        return request.rawPath().startsWith(ControlApi.PREFIX) ? control.handle(request) : api.handle(request);
    }

    @Override
    public HttpResponse malformed(String problem) {
        return api.malformed(problem);
    }

    @Override
    public HttpResponse overloaded() {
        return api.overloaded();
    }
}
