package com.pulumi.wellarchitected.emulator.wire;

import com.google.gson.JsonObject;

/** Serves one operation: reads its input members, calls the model, and shapes the output; null means an empty body. */
@FunctionalInterface
public interface OperationHandler {
    JsonObject handle(ApiRequest request);
}
