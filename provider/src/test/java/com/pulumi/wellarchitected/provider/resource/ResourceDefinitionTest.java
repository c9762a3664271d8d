package com.pulumi.wellarchitected.provider.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.pulumi.wellarchitected.provider.lensshare.InvalidValueException;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import com.pulumi.wellarchitected.provider.resource.Field.Kind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Check, Diff and the schema entry follow from the declared fields alone. */
class ResourceDefinitionTest {

    private static final ResourceDefinition WIDGET = new ResourceDefinition(
            "test:index:Widget",
            "A widget.",
            List.of(
                    Field.input("code", Kind.STRING, "The code.")
                            .required()
                            .replaceOnChange()
                            .normalisedBy(ResourceDefinitionTest::code, "give two letters."),
                    Field.input("label", Kind.STRING, "The label.").accepts("give any text."),
                    Field.input("enabled", Kind.BOOLEAN, "Whether it is on.")
                            .defaultsTo(true)
                            .accepts("give true or false."),
                    Field.output("id", Kind.STRING, "The ID."),
                    Field.output("note", Kind.STRING, "A note.").sometimesOutput()),
            List.of(),
            true);

    @Test
    void checkNormalisesFillsDefaultsAndKeepsOnlyDeclaredInputs() {
        CheckResult checked = WIDGET.check(PropertyMap.builder()
                .putSecret("code", PropertyValue.text(" ab "))
                .put("undeclared", "x")
                .build());

        assertThat(checked.failures()).isEmpty();
        assertThat(checked.inputs().text("code")).contains("AB");
        assertThat(checked.inputs().isSecret("code")).isTrue();
        assertThat(checked.inputs().get("enabled")).contains(new PropertyValue.Flag(true));
        assertThat(checked.inputs().values()).doesNotContainKey("undeclared");
    }

    @Test
    void checkNamesEachBadInputAndWhatItAccepts() {
        CheckResult checked = WIDGET.check(
                PropertyMap.builder().put("code", "abc").put("enabled", "yes").build());

        assertThat(checked.failures())
                .extracting(f -> f.property() + ": " + f.reason())
                .containsExactly(
                        "code: a code has two letters: give two letters.",
                        "enabled: enabled must be a boolean, not a string: give true or false.");
        assertThat(WIDGET.check(PropertyMap.empty()).failures())
                .extracting(f -> f.reason())
                .containsExactly("code is required: give two letters.");
    }

    @Test
    void diffReplacesOrUpdatesAsDeclaredAndIgnoresSpelling() {
        PropertyMap olds =
                PropertyMap.builder().put("code", "AB").put("label", "old").build();

        Changes spelling = WIDGET.diff(
                PropertyMap.empty(),
                olds,
                PropertyMap.builder().put("code", "ab").put("label", "old").build());
        Changes label = WIDGET.diff(
                PropertyMap.empty(),
                olds,
                PropertyMap.builder().put("code", "AB").put("label", "new").build());
        Changes code = WIDGET.diff(
                PropertyMap.empty(),
                olds,
                PropertyMap.builder().put("code", "CD").put("label", "old").build());
        Changes unknown = WIDGET.diff(
                PropertyMap.empty(),
                olds,
                PropertyMap.builder()
                        .put("code", PropertyValue.UNKNOWN)
                        .put("label", "old")
                        .build());

        assertThat(spelling.hasChanges()).isFalse();
        assertThat(label.updated()).containsExactly("label");
        assertThat(label.replaced()).isEmpty();
        assertThat(label.deleteBeforeReplace()).isFalse();
        assertThat(code.replaced()).containsExactly("code");
        assertThat(code.deleteBeforeReplace()).isTrue();
        assertThat(unknown.replaced()).containsExactly("code");
    }

    @Test
    void theSchemaEntryListsInputsOutputsAndWhatIsRequired() {
        JsonObject schema = WIDGET.schema();

        assertThat(schema.getAsJsonObject("inputProperties").keySet()).containsExactly("code", "label", "enabled");
        assertThat(schema.getAsJsonObject("inputProperties")
                        .getAsJsonObject("enabled")
                        .get("default")
                        .getAsBoolean())
                .isTrue();
        assertThat(schema.getAsJsonArray("requiredInputs").toString()).isEqualTo("[\"code\"]");
        assertThat(schema.getAsJsonObject("properties").keySet())
                .containsExactly("code", "label", "enabled", "id", "note");
        assertThat(schema.getAsJsonArray("required").toString()).isEqualTo("[\"code\",\"label\",\"enabled\",\"id\"]");
    }

    private static String code(String text) {
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new InvalidValueException("a code has two letters: give two letters.");
        }
        return code;
    }
}
