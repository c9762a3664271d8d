package com.pulumi.wellarchitected.terraform;

import com.pulumi.wellarchitected.provider.lensshare.CreateProgress;
import com.pulumi.wellarchitected.provider.lensshare.CreateResult;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.lensshare.LensArn;
import com.pulumi.wellarchitected.provider.lensshare.LensShareResource;
import com.pulumi.wellarchitected.provider.lensshare.ReadResult;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import com.pulumi.wellarchitected.provider.resource.Changes;
import com.pulumi.wellarchitected.terraform.cty.CtyValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code wellarchitected_lens_share} over the core's {@link LensShareResource}: validation, the plan, create, read,
 * delete and import, with the resource's values as attribute maps.
 */
final class LensShareAdapter {

    static final String ID = "id";
    static final String LENS_ALIAS = "lens_alias";
    static final String SHARED_WITH = "shared_with";
    static final Properties INPUTS = new Properties(Map.of(
            LENS_ALIAS, LensShareResource.LENS_ALIAS,
            SHARED_WITH, LensShareResource.SHARED_WITH));
    private static final Map<String, String> OUTPUTS = Map.of(
            "share_id", LensShareResource.SHARE_ID,
            "status", LensShareResource.STATUS,
            "status_message", LensShareResource.STATUS_MESSAGE,
            "lens_arn", LensShareResource.LENS_ARN);
    // The core names the resource in its log lines by a Pulumi URN; the type name stands in for it here.
    private static final String URN = Schemas.LENS_SHARE;

    /** The core's refusals of the configuration; unknown values pass. */
    CheckResult check(LensShareResource core, Map<String, CtyValue> config) {
        return core.check(URN, INPUTS.toCore(config));
    }

    /**
     * The planned state: the configured inputs, and the outputs kept from the prior state while the share stays,
     * unknown when it is created (the lens ARN excepted, which the lens alias gives).
     */
    Plan plan(LensShareResource core, Optional<Map<String, CtyValue>> prior, Map<String, CtyValue> config) {
        Map<String, CtyValue> planned = new LinkedHashMap<>();
        planned.put(LENS_ALIAS, config.get(LENS_ALIAS));
        planned.put(SHARED_WITH, config.get(SHARED_WITH));
        List<String> replaced = List.of();
        if (prior.isPresent()) {
            Changes diff = core.diff(PropertyMap.empty(), INPUTS.toCore(prior.get()), INPUTS.toCore(config));
            replaced = diff.replaced().stream()
                    .map(property -> INPUTS.inverse().getOrDefault(property, property))
                    .toList();
            if (replaced.isEmpty()) {
                prior.get().forEach((name, value) -> planned.putIfAbsent(name, value));
                return new Plan(planned, replaced, "");
            }
        }
        for (String computed : List.of(ID, "share_id", "status", "status_message")) {
            planned.put(computed, CtyValue.UNKNOWN);
        }
        planned.put("lens_arn", lensArn(config.get(LENS_ALIAS)));
        // The share's idempotency token, chosen once per planned create and carried to the apply in private state:
        // the core would derive it from the URN and inputs, which here are the same for every share of this lens
        // and principal, so a share deleted earlier would be replayed. A random UUID is drawn from a secure source.
        return new Plan(planned, replaced, UUID.randomUUID().toString());
    }

    /** Shares the lens with the token the plan chose; the state keeps the configured spelling of the inputs. */
    Map<String, CtyValue> create(LensShareResource core, Map<String, CtyValue> planned, String token) {
        PropertyMap checked = check(core, planned).inputs();
        PropertyMap.Builder inputs = PropertyMap.builder();
        checked.values().forEach(inputs::put);
        if (!token.isEmpty()) {
            inputs.put(LensShareResource.CLIENT_REQUEST_TOKEN, token);
        }
        CreateResult created = core.create(URN, inputs.build(), Deadline.none(), false, new CreateProgress());
        return state(created.id(), planned, created.outputs());
    }

    /** The state of a share created in part: what is known of it, so that the CLI keeps it (tainted). */
    Map<String, CtyValue> partialState(String id, Map<String, CtyValue> planned, PropertyMap outputs) {
        return state(id, planned, outputs);
    }

    /** The live share, or empty when it no longer gives access; unchanged values are returned as they came. */
    Optional<Map<String, CtyValue>> read(LensShareResource core, Map<String, CtyValue> current) {
        String id = text(current.get(ID));
        ReadResult read = core.read(URN, id, PropertyMap.empty(), INPUTS.toCore(current), Deadline.none());
        return read.id().map(found -> state(found, current, read.outputs()));
    }

    /** The share an import ID names, with its inputs as the core reads them from AWS. */
    Optional<Map<String, CtyValue>> importShare(LensShareResource core, String id) {
        ReadResult read = core.read(URN, id, PropertyMap.empty(), PropertyMap.empty(), Deadline.none());
        if (read.id().isEmpty()) {
            return Optional.empty();
        }
        Map<String, CtyValue> inputs = new LinkedHashMap<>();
        inputs.put(LENS_ALIAS, value(read.inputs().get(LensShareResource.LENS_ALIAS)));
        inputs.put(SHARED_WITH, value(read.inputs().get(LensShareResource.SHARED_WITH)));
        return Optional.of(state(read.id().get(), inputs, read.outputs()));
    }

    void delete(LensShareResource core, Map<String, CtyValue> prior) {
        core.delete(URN, text(prior.get(ID)), Deadline.none());
    }

    private static Map<String, CtyValue> state(String id, Map<String, CtyValue> inputs, PropertyMap outputs) {
        Map<String, CtyValue> state = new LinkedHashMap<>();
        state.put(ID, CtyValue.of(id));
        state.put(LENS_ALIAS, inputs.get(LENS_ALIAS));
        state.put(SHARED_WITH, inputs.get(SHARED_WITH));
        OUTPUTS.forEach((attribute, property) -> state.put(attribute, value(outputs.get(property))));
        return state;
    }

    private static CtyValue value(Optional<PropertyValue> property) {
        return property.filter(PropertyValue.Text.class::isInstance)
                .map(text -> CtyValue.of(((PropertyValue.Text) text).value()))
                .orElse(CtyValue.NULL);
    }

    private static CtyValue lensArn(CtyValue lensAlias) {
        if (lensAlias instanceof CtyValue.Text text) {
            return CtyValue.of(LensArn.parse(text.value()).toString());
        }
        return CtyValue.UNKNOWN;
    }

    private static String text(CtyValue value) {
        if (value instanceof CtyValue.Text text) {
            return text.value();
        }
        throw new IllegalArgumentException("the state has no id: " + value);
    }

    /** A planned state, the attributes whose change replaces the share, and the private state for the apply. */
    record Plan(Map<String, CtyValue> planned, List<String> requiresReplace, String plannedPrivate) {}
}
