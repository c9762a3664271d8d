package com.pulumi.wellarchitected.emulator.errors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The service's ValidationException (400): the input breaks a constraint, with the offending members in {@code Fields}. */
public final class ValidationException extends ServiceException {
    /** The model's ValidationExceptionReason. */
    public enum Reason {
        UNKNOWN_OPERATION,
        CANNOT_PARSE,
        FIELD_VALIDATION_FAILED,
        OTHER
    }

    /** One entry of {@code Fields}: the member name as in the model and what is wrong with it. */
    public record Field(String name, String message) {}

    private final Reason reason;
    private final List<Field> fields;

    public ValidationException(Reason reason, String message, List<Field> fields) {
        super(400, message);
        this.reason = reason;
        this.fields = List.copyOf(fields);
    }

    /** A single member that failed a constraint. */
    public static ValidationException field(String member, String message) {
        return new ValidationException(
                Reason.FIELD_VALIDATION_FAILED,
                "1 validation error detected: " + message,
                List.of(new Field(member, message)));
    }

    /** Input that could not be read at all, naming the member when one is known. */
    public static ValidationException cannotParse(String member, String message) {
        return new ValidationException(
                Reason.CANNOT_PARSE, message, member == null ? List.of() : List.of(new Field(member, message)));
    }

    public Reason reason() {
        return reason;
    }

    public List<Field> fields() {
        return fields;
    }

    @Override
    protected void addMembers(Map<String, Object> members) {
        members.put("Reason", reason.name());
        if (!fields.isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Field field : fields) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("Name", field.name());
                entry.put("Message", field.message());
                list.add(entry);
            }
            members.put("Fields", list);
        }
    }
}
