package com.pulumi.wellarchitected.provider.resource;

import com.pulumi.wellarchitected.provider.lensshare.InvalidValueException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One property of a resource or function, declared once: its type, whether it is an input, required, secret or
 * replaces the resource when it changes, its default, how its text is normalised and checked, and its descriptions.
 * Check, Diff and the schema are all derived from these declarations.
 *
 * @param accepted what the property accepts, the end of every Check message about it ("give …")
 * @param normaliser the canonical form of a text value; throws {@link InvalidValueException} saying what is wrong
 * @param itemsRef for a list, the schema type of its items
 */
public record Field(
        String name,
        Kind kind,
        boolean input,
        boolean requiredInput,
        boolean alwaysOutput,
        boolean replaces,
        boolean secret,
        Optional<Object> defaultValue,
        UnaryOperator<String> normaliser,
        String accepted,
        String description,
        String outputDescription,
        Optional<String> itemsRef) {

    /** The schema types this provider's properties take. */
    public enum Kind {
        STRING("string"),
        BOOLEAN("boolean"),
        LIST("array");

        final String schemaType;

        Kind(String schemaType) {
            this.schemaType = schemaType;
        }
    }

    /** An input, optional, updated in place, without default: the builder methods below change that. */
    public static Field input(String name, Kind kind, String description) {
        return new Field(
                name,
                kind,
                true,
                false,
                true,
                false,
                false,
                Optional.empty(),
                UnaryOperator.identity(),
                "give a " + kind.schemaType + ".",
                description,
                description,
                Optional.empty());
    }

    /** A property only the provider sets. */
    public static Field output(String name, Kind kind, String description) {
        return input(name, kind, description).with(d -> {
            d.input = false;
            d.accepted = "";
        });
    }

    /** A list output whose items are the named schema type. */
    public static Field listOutput(String name, String itemsRef, String description) {
        return output(name, Kind.LIST, description).withItems(itemsRef);
    }

    public Field required() {
        return with(d -> d.requiredInput = true);
    }

    /** An output that may be absent, such as a message AWS gives only sometimes. */
    public Field sometimesOutput() {
        return with(d -> d.alwaysOutput = false);
    }

    public Field replaceOnChange() {
        return with(d -> d.replaces = true);
    }

    public Field defaultsTo(Object value) {
        return with(d -> d.defaultValue = Optional.of(value));
    }

    /** How a text value is normalised, and the sentence saying what is accepted. */
    public Field normalisedBy(UnaryOperator<String> rule, String whatIsAccepted) {
        return with(d -> {
            d.normaliser = rule;
            d.accepted = whatIsAccepted;
        });
    }

    /** The sentence saying what the property accepts, for a property whose values need no normalising. */
    public Field accepts(String whatIsAccepted) {
        return normalisedBy(normaliser, whatIsAccepted);
    }

    /** The description of the property among the outputs, when it differs from the input's. */
    public Field describedAsOutput(String text) {
        return with(d -> d.outputDescription = text);
    }

    private Field withItems(String ref) {
        return with(d -> d.itemsRef = Optional.of(ref));
    }

    /** This field with the components the change sets, the rest as they are: one copy for every builder method. */
    private Field with(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.build();
    }

    /** A field's components while a builder method changes some of them. */
    private static final class Draft {
        private final String name;
        private final Kind kind;
        private boolean input;
        private boolean requiredInput;
        private boolean alwaysOutput;
        private boolean replaces;
        private final boolean secret;
        private Optional<Object> defaultValue;
        private UnaryOperator<String> normaliser;
        private String accepted;
        private final String description;
        private String outputDescription;
        private Optional<String> itemsRef;

        Draft(Field field) {
            name = field.name;
            kind = field.kind;
            input = field.input;
            requiredInput = field.requiredInput;
            alwaysOutput = field.alwaysOutput;
            replaces = field.replaces;
            secret = field.secret;
            defaultValue = field.defaultValue;
            normaliser = field.normaliser;
            accepted = field.accepted;
            description = field.description;
            outputDescription = field.outputDescription;
            itemsRef = field.itemsRef;
        }

        Field build() {
            return new Field(
                    name,
                    kind,
                    input,
                    requiredInput,
                    alwaysOutput,
                    replaces,
                    secret,
                    defaultValue,
                    normaliser,
                    accepted,
                    description,
                    outputDescription,
                    itemsRef);
        }
    }
}
