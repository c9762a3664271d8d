package com.pulumi.wellarchitected.terraform;

import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.resource.ProviderFunction;
import com.pulumi.wellarchitected.terraform.cty.CtyValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** One data source over the core's {@link ProviderFunction}: its arguments checked, its results as attributes. */
final class DataSourceAdapter {

    private final TypeSchema type;

    DataSourceAdapter(TypeSchema type) {
        this.type = type;
    }

    TypeSchema type() {
        return type;
    }

    /** The function's refusals of the arguments; unknown values pass. */
    CheckResult check(ProviderFunction function, Map<String, CtyValue> config) {
        return function.definition().check(type.inputs().toCore(config));
    }

    /**
     * The arguments as configured and the function's results; {@code id} is the first result. An argument that is
     * also a result keeps its configured spelling.
     */
    Map<String, CtyValue> read(ProviderFunction function, PropertyMap checked, Map<String, CtyValue> config) {
        PropertyMap results = function.invoke(checked, Deadline.none());
        Map<String, CtyValue> state = new LinkedHashMap<>();
        String first = function.definition().outputs().get(0).name();
        state.put(
                TypeSchema.ID,
                Values.toCty(results.get(first), type.attribute(TypeSchema.ID).type()));
        type.fields().forEach((name, field) -> {
            CtyValue configured = config.getOrDefault(name, CtyValue.NULL);
            boolean argument = type.inputs().has(name);
            state.put(
                    name,
                    argument && configured != CtyValue.NULL
                            ? configured
                            : Values.toCty(
                                    results.get(field.name()),
                                    type.attribute(name).type()));
        });
        return state;
    }
}
