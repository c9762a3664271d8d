package com.pulumi.wellarchitected.e2e;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The lens shares a stack's checkpoint ({@code pulumi stack export}) holds, by resource name. */
record StackState(Map<String, JsonObject> lensShares, int resourceCount) {

    static StackState of(JsonObject export) {
        var shares = new TreeMap<String, JsonObject>();
        var deployment = export.getAsJsonObject("deployment");
        var resources =
                deployment == null || !deployment.has("resources") ? null : deployment.getAsJsonArray("resources");
        if (resources == null) {
            return new StackState(shares, 0);
        }
        for (var element : resources) {
            var resource = element.getAsJsonObject();
            if (resource.get("type").getAsString().equals(Deployment.LENS_SHARE)) {
                var urn = resource.get("urn").getAsString().split("::", -1);
                shares.put(urn[3], resource);
            }
        }
        return new StackState(shares, resources.size());
    }

    Optional<String> id(String name) {
        return Optional.ofNullable(lensShares.get(name)).map(r -> r.get("id").getAsString());
    }

    Optional<String> urn(String name) {
        return Optional.ofNullable(lensShares.get(name)).map(r -> r.get("urn").getAsString());
    }
}
