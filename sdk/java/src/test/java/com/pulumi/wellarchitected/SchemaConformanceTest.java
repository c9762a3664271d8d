package com.pulumi.wellarchitected;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Internal;
import com.pulumi.wellarchitected.inputs.LensShareState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SDK's inputs and outputs match the package schema the provider serves, name for name. */
class SchemaConformanceTest {

    private static final String LENS_SHARE = "wellarchitected:index:LensShare";
    private static final Function<PackageSchema.Property, Object> TYPE = PackageSchema.Property::javaType;
    private static final Function<PackageSchema.Property, Object> TYPE_AND_REQUIRED =
            p -> p.javaType() + (p.required() ? " (required)" : " (optional)");

    private static PackageSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        schema = PackageSchema.load();
    }

    @Test
    void lensShareTypeTokenIsTheSchemaResource() {
        schema.resource(LENS_SHARE);
        assertThat(LensShare.class.getAnnotation(ResourceType.class).type()).isEqualTo(LENS_SHARE);
    }

    @Test
    void lensShareArgsMatchTheSchemaInputs() {
        var diff = SdkShape.diff(
                schema.resourceInputs(LENS_SHARE), SdkShape.imports(LensShareArgs.class), TYPE_AND_REQUIRED);
        assertThat(diff)
                .as("LensShareArgs vs %s inputProperties in %s", LENS_SHARE, schema.source)
                .isEmpty();
    }

    @Test
    void lensShareOutputsMatchTheSchemaProperties() {
        var diff = SdkShape.diff(schema.resourceOutputs(LENS_SHARE), SdkShape.exports(LensShare.class), TYPE);
        assertThat(diff)
                .as("LensShare @Export vs %s properties in %s", LENS_SHARE, schema.source)
                .isEmpty();
    }

    @Test
    void lensShareStateMatchesTheSchemaState() {
        var diff = SdkShape.diff(schema.resourceState(LENS_SHARE), SdkShape.imports(LensShareState.class), TYPE);
        assertThat(diff)
                .as("LensShareState vs %s state in %s", LENS_SHARE, schema.source)
                .isEmpty();
    }

    @Test
    void lensShareHasNoSecretOutputsTheSdkWouldLeak() {
        // The SDK declares no additionalSecretOutputs; a secret output in the schema needs one.
        assertThat(schema.resourceOutputs(LENS_SHARE).values()).noneMatch(PackageSchema.Property::secret);
    }

    @Test
    void providerArgsMatchTheSchemaProviderInputs() {
        var diff = SdkShape.diff(schema.providerInputs(), SdkShape.imports(ProviderArgs.class), TYPE_AND_REQUIRED);
        assertThat(diff)
                .as("ProviderArgs vs provider.inputProperties in %s", schema.source)
                .isEmpty();
    }

    @Test
    void providerArgsMatchTheSchemaConfigVariables() {
        var diff = SdkShape.diff(schema.configVariables(), SdkShape.imports(ProviderArgs.class), TYPE);
        assertThat(diff)
                .as("ProviderArgs vs config.variables in %s", schema.source)
                .isEmpty();
    }

    @Test
    void providerArgsSendNonStringSettingsAsJson() {
        // The engine hands provider inputs to the plugin as strings; codegen marks every other type json=true.
        for (var property : schema.providerInputs().values()) {
            assertThat(SdkShape.importOf(ProviderArgs.class, property.name()).json())
                    .as("@Import(json) of ProviderArgs.%s (schema type %s)", property.name(), property.javaType())
                    .isEqualTo(!property.javaType().equals("String"));
        }
    }

    @Test
    void providerArgsKeepSchemaSecretsSecret() throws Exception {
        var mismatches = new ArrayList<String>();
        for (var property : SdkShape.imports(ProviderArgs.class).values()) {
            var inSchema = schema.providerInputs().get(property.name());
            if (inSchema == null || !property.javaType().equals("String")) {
                continue; // reported by providerArgsMatchTheSchemaProviderInputs
            }
            var builder = ProviderArgs.builder();
            ProviderArgs.Builder.class.getMethod(property.name(), String.class).invoke(builder, "value");
            var getter = ProviderArgs.class.getMethod(property.name());
            @SuppressWarnings("unchecked")
            var output = ((Optional<Output<String>>) getter.invoke(builder.build())).orElseThrow();
            if (Internal.of(output).isSecret().join() != inSchema.secret()) {
                mismatches.add("'" + property.name() + "': schema secret=" + inSchema.secret() + ", SDK secret="
                        + !inSchema.secret());
            }
        }
        assertThat(mismatches)
                .as("secret ProviderArgs vs provider.inputProperties in %s", schema.source)
                .isEmpty();
    }

    @Test
    void schemaDeclaresTheRequiredInputsOfTheContract() {
        // Guards the comparison itself: an empty or foreign schema would otherwise pass the diffs vacuously.
        assertThat(schema.resourceInputs(LENS_SHARE)).containsKeys("lensAlias", "sharedWith");
        assertThat(Map.copyOf(schema.providerInputs())).containsKeys("region", "endpoint");
    }

    @Test
    void javadocOfEveryPropertyIsItsSchemaDescription() throws Exception {
        var mismatches = new ArrayList<String>();
        compareJavadoc(LensShareArgs.class, schema.resourceInputs(LENS_SHARE), mismatches);
        compareJavadoc(LensShare.class, schema.resourceOutputs(LENS_SHARE), mismatches);
        compareJavadoc(LensShareState.class, schema.resourceState(LENS_SHARE), mismatches);
        compareJavadoc(ProviderArgs.class, schema.providerInputs(), mismatches);
        assertThat(mismatches)
                .as("Javadoc vs descriptions in %s", schema.source)
                .isEmpty();
    }

    private static void compareJavadoc(
            Class<?> sdkClass, Map<String, PackageSchema.Property> properties, List<String> mismatches)
            throws Exception {
        var javadoc = SdkJavadoc.ofProperties(sdkClass);
        for (var property : properties.values()) {
            var expected = SdkJavadoc.normalised(property.description());
            var actual = javadoc.get(property.name());
            if (!expected.equals(actual)) {
                mismatches.add(sdkClass.getSimpleName() + "." + property.name() + ": schema says \"" + expected
                        + "\", Javadoc says \"" + actual + "\"");
            }
        }
    }
}
