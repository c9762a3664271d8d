package com.pulumi.wellarchitected.emulator.wire;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.pulumi.wellarchitected.emulator.errors.ValidationException;
import com.pulumi.wellarchitected.emulator.model.AccountRegion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One API call's input members, read from path labels, the query string and the JSON body. Each accessor checks
 * the member's model constraints and collects every violation, so that {@link #validate()} reports them together.
 */
public final class ApiRequest {
    private static final int ECHOED_VALUE_LENGTH = 100;

    private final AccountRegion caller;
    private final Map<String, String> labels;
    private final Map<String, List<String>> query;
    private final byte[] body;
    private JsonObject json;
    private final List<ValidationException.Field> violations = new ArrayList<>();
    private final List<String> violationDetails = new ArrayList<>();

    public ApiRequest(AccountRegion caller, Map<String, String> labels, Map<String, List<String>> query, byte[] body) {
        this.caller = caller;
        this.labels = labels;
        this.query = query;
        this.body = body;
    }

    public AccountRegion caller() {
        return caller;
    }

    /** Throws one ValidationException naming every member that broke a constraint. */
    public void validate() {
        if (!violations.isEmpty()) {
            String message = violations.size() + " validation error" + (violations.size() == 1 ? "" : "s")
                    + " detected: " + String.join("; ", violationDetails);
            throw new ValidationException(ValidationException.Reason.FIELD_VALIDATION_FAILED, message, violations);
        }
    }

    // ---- Members by location --------------------------------------------------------------------------------

    /** A path label, decoded; labels are always required and never empty (the router guarantees that). */
    public String label(String member, int min, int max) {
        String value = PercentDecoder.decode(labels.get(member), member);
        return length(member, value, true, min, max);
    }

    public String label(String member, Pattern pattern) {
        String value = PercentDecoder.decode(labels.get(member), member);
        return matches(member, value, pattern);
    }

    public String queryString(String member, boolean required, int min, int max) {
        return length(member, singleQueryValue(member), required, min, max);
    }

    public <E extends Enum<E>> E queryEnum(String member, Class<E> type, boolean required) {
        return enumValue(member, singleQueryValue(member), type, required);
    }

    /** An integer query member within its range; absent gives the default. */
    public int queryInteger(String member, int min, int max, int absent) {
        String value = singleQueryValue(member);
        if (value == null) {
            return absent;
        }
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ValidationException.cannotParse(member, member + " must be an integer");
        }
        if (number < min || number > max) {
            violation(
                    member,
                    value,
                    "Member must have value "
                            + (number < min ? "greater than or equal to " + min : "less than or equal to " + max));
            return absent;
        }
        return number;
    }

    /** A repeated query member, e.g. {@code tagKeys=a&tagKeys=b}. */
    public List<String> queryList(String member, int minItems, int maxItems, int minLength, int maxLength) {
        List<String> values = query.getOrDefault(member, List.of());
        if (values.size() < minItems || values.size() > maxItems) {
            violation(
                    member,
                    null,
                    values.size() < minItems
                            ? "Member must have length greater than or equal to " + minItems
                            : "Member must have length less than or equal to " + maxItems);
        }
        for (String value : values) {
            length(member, value, true, minLength, maxLength);
        }
        return values;
    }

    public String bodyString(String member, boolean required, int min, int max) {
        JsonElement value = bodyMember(member);
        if (value != null
                && !(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString())) {
            throw ValidationException.cannotParse(member, member + " must be a string");
        }
        return length(member, value == null ? null : value.getAsString(), required, min, max);
    }

    public <E extends Enum<E>> E bodyEnum(String member, Class<E> type, boolean required) {
        JsonElement value = bodyMember(member);
        if (value != null
                && !(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString())) {
            throw ValidationException.cannotParse(member, member + " must be a string");
        }
        return enumValue(member, value == null ? null : value.getAsString(), type, required);
    }

    public boolean bodyBoolean(String member, boolean absent) {
        JsonElement value = bodyMember(member);
        if (value == null) {
            return absent;
        }
        if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean())) {
            throw ValidationException.cannotParse(member, member + " must be a boolean");
        }
        return value.getAsBoolean();
    }

    /** The body member itself, for members whose inner shape the handler checks. */
    public JsonObject bodyObject(String member) {
        JsonElement value = bodyMember(member);
        if (value != null && !value.isJsonObject()) {
            throw ValidationException.cannotParse(member, member + " must be an object");
        }
        return value == null ? null : value.getAsJsonObject();
    }

    /** A TagMap member: 1-50 entries, keys 1-128 characters not starting with "aws:", values 0-256 characters. */
    public Map<String, String> bodyTags(String member, boolean required) {
        JsonObject object = bodyObject(member);
        if (object == null) {
            if (required) {
                violation(member, null, "Member must not be null");
            }
            return Map.of();
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            JsonElement value = entry.getValue();
            if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString())) {
                throw ValidationException.cannotParse(member, member + " values must be strings");
            }
            tags.put(entry.getKey(), value.getAsString());
        }
        checkTagKeys(member, tags.keySet());
        if (tags.size() < 1 || tags.size() > 50) {
            violation(member, null, "Member must have between 1 and 50 entries");
        }
        for (String value : tags.values()) {
            if (value.codePointCount(0, value.length()) > 256) {
                violation(member, value, "Tag values must have length less than or equal to 256");
            }
        }
        return tags;
    }

    /** Checks tag keys: 1-128 characters, and the "aws:" prefix is reserved for AWS. */
    private void checkTagKeys(String member, Iterable<String> keys) {
        for (String key : keys) {
            int length = key.codePointCount(0, key.length());
            if (length < 1 || length > 128) {
                violation(member, key, "Tag keys must have length between 1 and 128");
            } else if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                violation(member, key, "Tag keys starting with 'aws:' are reserved");
            }
        }
    }

    // ---- Constraints ------------------------------------------------------------------------------------------

    private String length(String member, String value, boolean required, int min, int max) {
        if (value == null) {
            if (required) {
                violation(member, null, "Member must not be null");
            }
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length < min) {
            violation(member, value, "Member must have length greater than or equal to " + min);
        } else if (length > max) {
            violation(member, value, "Member must have length less than or equal to " + max);
        }
        return value;
    }

    private String matches(String member, String value, Pattern pattern) {
        if (!pattern.matcher(value).matches()) {
            violation(member, value, "Member must satisfy regular expression pattern: " + pattern.pattern());
        }
        return value;
    }

    private <E extends Enum<E>> E enumValue(String member, String value, Class<E> type, boolean required) {
        if (value == null) {
            if (required) {
                violation(member, null, "Member must not be null");
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        violation(member, value, "Member must satisfy enum value set: " + Arrays.toString(type.getEnumConstants()));
        return null;
    }

    /** Records a broken constraint on a member. */
    public void violation(String member, String value, String constraint) {
        violations.add(new ValidationException.Field(member, constraint));
        String shown = value == null
                ? "null"
                : "'" + (value.length() > ECHOED_VALUE_LENGTH ? value.substring(0, ECHOED_VALUE_LENGTH) + "..." : value)
                        + "'";
        violationDetails.add("Value " + shown + " at '" + member + "' failed to satisfy constraint: " + constraint);
    }

    // ---- Raw input --------------------------------------------------------------------------------------------

    private String singleQueryValue(String member) {
        List<String> values = query.get(member);
        if (values == null) {
            return null;
        }
        if (values.size() > 1) {
            throw ValidationException.cannotParse(member, member + " was given more than once");
        }
        return values.get(0);
    }

    private JsonElement bodyMember(String member) {
        JsonElement value = body().get(member);
        // The SDK never sends null; treating it as absent matches how the service reads optional members.
        return value == null || value.isJsonNull() ? null : value;
    }

    private JsonObject body() {
        if (json == null) {
            json = parseBody(body);
        }
        return json;
    }

    private static JsonObject parseBody(byte[] body) {
        if (body.length == 0) {
            return new JsonObject();
        }
        try {
            JsonReader reader = new JsonReader(new InputStreamReader(
                    new ByteArrayInputStream(body),
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw ValidationException.cannotParse(null, "Request body has content after the JSON document");
            }
            if (!element.isJsonObject()) {
                throw ValidationException.cannotParse(null, "Request body must be a JSON object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw ValidationException.cannotParse(null, "Request body is not valid JSON");
        }
    }
}
