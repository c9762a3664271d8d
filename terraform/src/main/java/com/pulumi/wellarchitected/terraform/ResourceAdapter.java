package com.pulumi.wellarchitected.terraform;

import com.pulumi.wellarchitected.provider.lensshare.CreateProgress;
import com.pulumi.wellarchitected.provider.lensshare.CreateResult;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.lensshare.InvalidValueException;
import com.pulumi.wellarchitected.provider.lensshare.ReadResult;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import com.pulumi.wellarchitected.provider.resource.Changes;
import com.pulumi.wellarchitected.provider.resource.Field;
import com.pulumi.wellarchitected.provider.resource.ManagedResource;
import com.pulumi.wellarchitected.terraform.cty.Attribute;
import com.pulumi.wellarchitected.terraform.cty.Attribute.Role;
import com.pulumi.wellarchitected.terraform.cty.CtyValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One resource type over the core's {@link ManagedResource}: Check, the plan from the core's Diff, create, update,
 * read, delete and import, with the resource's values as attribute maps named by its {@link TypeSchema}.
 */
final class ResourceAdapter {

    private static final byte[] NO_SEED = new byte[0];

    private final TypeSchema type;

    ResourceAdapter(TypeSchema type) {
        this.type = type;
    }

    TypeSchema type() {
        return type;
    }

    /** The core's refusals of the configuration; unknown values pass. */
    CheckResult check(ManagedResource core, Map<String, CtyValue> config) {
        return check(core, StandInUrn.of(type), Optional.empty(), config);
    }

    /**
     * The planned state: the configured inputs (an optional one left out takes its default, or what the core's
     * preview says, or stays unknown until AWS fills it) and the outputs: kept when nothing changes, as the core's
     * preview says (or unknown) when the resource is created, replaced or updated.
     */
    Plan plan(ManagedResource core, Optional<Map<String, CtyValue>> prior, Map<String, CtyValue> config) {
        String nonce = UUID.randomUUID().toString();
        String urn = StandInUrn.planned(type, nonce);
        Optional<Map<String, CtyValue>> adopted = prior.map(state -> adopted(state, config));
        CheckResult checked = check(core, urn, adopted, config);
        if (!checked.failures().isEmpty()) {
            return new Plan(Map.of(), List.of(), "", checked);
        }
        if (prior.isEmpty()) {
            PropertyMap preview = core.create(urn, checked.inputs(), Deadline.none(), true, new CreateProgress())
                    .outputs();
            return new Plan(planned(config, checked.inputs(), preview, Optional.empty()), List.of(), nonce, checked);
        }
        Changes changes = core.diff(
                type.properties().toCore(prior.get()), declaredInputs(adopted.get(), config), checked.inputs());
        if (!changes.hasChanges()) {
            Map<String, CtyValue> kept = new LinkedHashMap<>(prior.get());
            kept.putAll(configured(config, checked.inputs(), PropertyMap.empty(), prior));
            return new Plan(kept, List.of(), "", checked);
        }
        List<String> replaced = changes.replaced().stream()
                .map(property -> type.attributeOf(property).orElse(property))
                .toList();
        if (!replaced.isEmpty()) {
            PropertyMap preview = core.create(urn, checked.inputs(), Deadline.none(), true, new CreateProgress())
                    .outputs();
            return new Plan(planned(config, checked.inputs(), preview, Optional.empty()), replaced, nonce, checked);
        }
        String id = text(prior.get().get(TypeSchema.ID));
        PropertyMap preview =
                core.update(urn, id, type.properties().toCore(prior.get()), checked.inputs(), Deadline.none(), true);
        Map<String, CtyValue> planned = planned(config, checked.inputs(), preview, prior);
        planned.put(TypeSchema.ID, prior.get().get(TypeSchema.ID));
        return new Plan(planned, List.of(), nonce, checked);
    }

    /** Creates the resource as planned, with the URN of the plan's nonce. */
    Map<String, CtyValue> create(
            ManagedResource core, Map<String, CtyValue> planned, Map<String, CtyValue> config, String nonce) {
        String urn = StandInUrn.planned(type, nonce);
        PropertyMap inputs = checkedInputs(core, urn, Optional.empty(), config);
        CreateResult created = core.create(urn, inputs, Deadline.none(), false, new CreateProgress());
        return state(created.id(), planned, created.outputs());
    }

    /** Updates the resource in place, or only records the new spelling when the core sees no change. */
    Map<String, CtyValue> update(
            ManagedResource core,
            Map<String, CtyValue> prior,
            Map<String, CtyValue> planned,
            Map<String, CtyValue> config,
            String nonce) {
        String urn = StandInUrn.planned(type, nonce);
        Map<String, CtyValue> adopted = adopted(prior, config);
        PropertyMap inputs = checkedInputs(core, urn, Optional.of(adopted), config);
        PropertyMap oldOutputs = type.properties().toCore(prior);
        if (!core.diff(oldOutputs, declaredInputs(adopted, config), inputs).hasChanges()) {
            return planned;
        }
        String id = text(prior.get(TypeSchema.ID));
        PropertyMap outputs = core.update(urn, id, oldOutputs, inputs, Deadline.none(), false);
        return state(id, planned, outputs);
    }

    /** The state of a resource created in part: what is known of it, so that the CLI keeps it (tainted). */
    Map<String, CtyValue> partialState(String id, Map<String, CtyValue> planned, PropertyMap outputs) {
        return state(id, planned, outputs);
    }

    /**
     * The live resource, or empty when it is gone. An input keeps its spelling unless the core reads another value
     * for it (drift); outputs are as read, so unchanged values come back as they were.
     */
    Optional<Map<String, CtyValue>> read(ManagedResource core, Map<String, CtyValue> current) {
        String id = text(current.get(TypeSchema.ID));
        ReadResult read = core.read(
                StandInUrn.of(type),
                id,
                type.properties().toCore(current),
                type.inputs().toCore(current),
                Deadline.none());
        if (read.id().isEmpty()) {
            return Optional.empty();
        }
        Map<String, CtyValue> state = new LinkedHashMap<>();
        state.put(TypeSchema.ID, CtyValue.of(read.id().get()));
        type.fields().forEach((name, field) -> {
            Attribute attribute = type.attribute(name);
            CtyValue now = current.getOrDefault(name, CtyValue.NULL);
            if (field.input()) {
                Optional<PropertyValue> readInput = read.inputs().get(field.name());
                boolean drifted =
                        readInput.isPresent() && !same(field, type.inputs().toCore(Map.of(name, now)), readInput);
                state.put(name, drifted ? Values.toCty(readInput, attribute.type()) : now);
            } else {
                state.put(name, Values.toCty(read.outputs().get(field.name()), attribute.type()));
            }
        });
        return Optional.of(state);
    }

    /**
     * The resource an import ID names, with the inputs the core reads back (those it cannot read stay null until
     * the configuration gives them), or empty when there is none.
     */
    Optional<Map<String, CtyValue>> importById(ManagedResource core, String id) {
        ReadResult read = core.read(StandInUrn.of(type), id, PropertyMap.empty(), PropertyMap.empty(), Deadline.none());
        if (read.id().isEmpty()) {
            return Optional.empty();
        }
        Map<String, CtyValue> state = new LinkedHashMap<>();
        state.put(TypeSchema.ID, CtyValue.of(read.id().get()));
        type.fields().forEach((name, field) -> {
            Optional<PropertyValue> value = field.input()
                    ? read.inputs().get(field.name()).or(() -> read.outputs().get(field.name()))
                    : read.outputs().get(field.name());
            state.put(name, Values.toCty(value, type.attribute(name).type()));
        });
        return Optional.of(state);
    }

    void delete(ManagedResource core, Map<String, CtyValue> prior) {
        core.delete(
                StandInUrn.of(type),
                text(prior.get(TypeSchema.ID)),
                type.properties().toCore(prior),
                Deadline.none());
    }

    private CheckResult check(
            ManagedResource core, String urn, Optional<Map<String, CtyValue>> prior, Map<String, CtyValue> config) {
        PropertyMap olds = prior.map(state -> declaredInputs(state, config)).orElse(PropertyMap.empty());
        return core.check(urn, olds, type.inputs().toCore(config), NO_SEED);
    }

    private PropertyMap checkedInputs(
            ManagedResource core, String urn, Optional<Map<String, CtyValue>> prior, Map<String, CtyValue> config) {
        CheckResult checked = check(core, urn, prior, config);
        if (!checked.failures().isEmpty()) {
            throw new InvalidValueException(checked.failures().get(0).reason());
        }
        return checked.inputs();
    }

    /**
     * The prior state with each required input it lacks taken from the configuration: only an import leaves one
     * out, for an input AWS cannot give back (a lens's document), and the resource is adopted as configured.
     */
    private Map<String, CtyValue> adopted(Map<String, CtyValue> prior, Map<String, CtyValue> config) {
        Map<String, CtyValue> adopted = new LinkedHashMap<>(prior);
        for (Attribute attribute : type.object().attributes()) {
            if (attribute.role() == Role.REQUIRED && prior.get(attribute.name()) == CtyValue.NULL) {
                adopted.put(attribute.name(), config.getOrDefault(attribute.name(), CtyValue.NULL));
            }
        }
        return adopted;
    }

    /**
     * The prior inputs as the core's old inputs: an optional input the configuration leaves out and that has no
     * default was filled by AWS, not declared, so it is left out as Pulumi's state would leave it.
     */
    private PropertyMap declaredInputs(Map<String, CtyValue> prior, Map<String, CtyValue> config) {
        Map<String, CtyValue> declared = new LinkedHashMap<>(prior);
        type.fields().forEach((name, field) -> {
            if (field.input()
                    && !field.requiredInput()
                    && field.defaultValue().isEmpty()
                    && config.getOrDefault(name, CtyValue.NULL) == CtyValue.NULL) {
                declared.put(name, CtyValue.NULL);
            }
        });
        return type.inputs().toCore(declared);
    }

    /** The planned state of a create or an update: configured inputs and the preview's (or unknown) outputs. */
    private Map<String, CtyValue> planned(
            Map<String, CtyValue> config,
            PropertyMap checked,
            PropertyMap preview,
            Optional<Map<String, CtyValue>> prior) {
        Map<String, CtyValue> planned = new LinkedHashMap<>();
        planned.put(TypeSchema.ID, CtyValue.UNKNOWN);
        type.fields().forEach((name, field) -> {
            if (!field.input()) {
                CtyValue previewed = Values.toCty(
                        preview.get(field.name()), type.attribute(name).type());
                planned.put(name, previewed == CtyValue.NULL ? CtyValue.UNKNOWN : previewed);
            }
        });
        planned.putAll(configured(config, checked, preview, prior));
        return planned;
    }

    /**
     * The input attributes: as configured; one left out takes the checked default, else the prior value (when the
     * resource stays), else the preview's, else unknown.
     */
    private Map<String, CtyValue> configured(
            Map<String, CtyValue> config,
            PropertyMap checked,
            PropertyMap preview,
            Optional<Map<String, CtyValue>> prior) {
        Map<String, CtyValue> inputs = new LinkedHashMap<>();
        type.fields().forEach((name, field) -> {
            if (!field.input()) {
                return;
            }
            CtyValue configured = config.getOrDefault(name, CtyValue.NULL);
            if (configured != CtyValue.NULL) {
                inputs.put(name, configured);
                return;
            }
            Attribute attribute = type.attribute(name);
            CtyValue filled = field.defaultValue().isPresent()
                    ? Values.toCty(checked.get(field.name()), attribute.type())
                    : prior.map(state -> state.getOrDefault(name, CtyValue.NULL))
                            .orElseGet(() -> Values.toCty(preview.get(field.name()), attribute.type()));
            inputs.put(name, filled == CtyValue.NULL ? CtyValue.UNKNOWN : filled);
        });
        return inputs;
    }

    /** The state after a write: the planned inputs, what AWS filled in for those left unknown, and the outputs. */
    private Map<String, CtyValue> state(String id, Map<String, CtyValue> planned, PropertyMap outputs) {
        Map<String, CtyValue> state = new LinkedHashMap<>();
        state.put(TypeSchema.ID, CtyValue.of(id));
        type.fields().forEach((name, field) -> {
            CtyValue plannedValue = planned.getOrDefault(name, CtyValue.NULL);
            CtyValue value = field.input() && plannedValue != CtyValue.UNKNOWN
                    ? plannedValue
                    : Values.toCty(
                            outputs.get(field.name()), type.attribute(name).type());
            // A new state is wholly known: what the core did not say is null.
            state.put(name, value == CtyValue.UNKNOWN ? CtyValue.NULL : value);
        });
        return state;
    }

    private static boolean same(Field field, PropertyMap now, Optional<PropertyValue> read) {
        return Objects.equals(normalised(field, now.get(field.name())), normalised(field, read));
    }

    private static Optional<PropertyValue> normalised(Field field, Optional<PropertyValue> value) {
        if (value.isPresent() && value.get() instanceof PropertyValue.Text text) {
            try {
                return Optional.of(PropertyValue.text(field.normaliser().apply(text.value())));
            } catch (InvalidValueException e) {
                return value;
            }
        }
        return value;
    }

    private static String text(CtyValue value) {
        if (value instanceof CtyValue.Text text) {
            return text.value();
        }
        throw new IllegalArgumentException("the state has no id: " + value);
    }

    /**
     * A planned state, the attributes whose change replaces the resource, the nonce of the planned change for the
     * apply (empty when nothing changes), and the Check it followed; a refused Check plans nothing.
     */
    record Plan(Map<String, CtyValue> planned, List<String> requiresReplace, String nonce, CheckResult checked) {}
}
