package com.pulumi.wellarchitected.emulator.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.pulumi.wellarchitected.emulator.errors.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The content of a custom lens as imported: its JSON, checked for size and the basic custom lens structure. */
public record LensDocument(String name, String description, String json) {
    private static final String MEMBER = "JSONString";
    /** The one schema version of the custom lens format. */
    public static final String SCHEMA_VERSION = "2021-11-01";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final int MAX_PILLARS = 10;
    private static final int MAX_QUESTIONS_PER_PILLAR = 20;
    private static final int MAX_CHOICES_PER_QUESTION = 15;

    /** Reads and checks a lens document, naming {@code JSONString} and the offending path when it is not acceptable. */
    public static LensDocument parse(String json) {
        if (json.getBytes(StandardCharsets.UTF_8).length > ServiceQuotas.LENS_JSON_BYTES) {
            throw invalid("the lens JSON exceeds " + ServiceQuotas.LENS_JSON_BYTES + " bytes");
        }
        JsonObject root = parseObject(json);
        requireText(root, "schemaVersion", "schemaVersion", 1, 32);
        if (!SCHEMA_VERSION.equals(root.get("schemaVersion").getAsString())) {
            throw invalid("schemaVersion must be \"" + SCHEMA_VERSION + "\"");
        }
        String name = requireText(root, "name", "name", 1, 128);
        String description = optionalText(root, "description", "description", 1024);
        JsonArray pillars = requireArray(root, "pillars", "pillars", MAX_PILLARS);
        Set<String> pillarIds = new HashSet<>();
        Set<String> questionIds = new HashSet<>();
        for (int p = 0; p < pillars.size(); p++) {
            String pillarPath = "pillars[" + p + "]";
            JsonObject pillar = requireObject(pillars.get(p), pillarPath);
            requireId(pillar, pillarPath, pillarIds);
            requireText(pillar, "name", pillarPath + ".name", 1, 128);
            JsonArray questions =
                    requireArray(pillar, "questions", pillarPath + ".questions", MAX_QUESTIONS_PER_PILLAR);
            for (int q = 0; q < questions.size(); q++) {
                String questionPath = pillarPath + ".questions[" + q + "]";
                JsonObject question = requireObject(questions.get(q), questionPath);
                requireId(question, questionPath, questionIds);
                requireText(question, "title", questionPath + ".title", 1, 512);
                JsonArray choices =
                        requireArray(question, "choices", questionPath + ".choices", MAX_CHOICES_PER_QUESTION);
                Set<String> choiceIds = new HashSet<>();
                for (int c = 0; c < choices.size(); c++) {
                    String choicePath = questionPath + ".choices[" + c + "]";
                    JsonObject choice = requireObject(choices.get(c), choicePath);
                    requireId(choice, choicePath, choiceIds);
                    requireText(choice, "title", choicePath + ".title", 1, 512);
                }
            }
        }
        return new LensDocument(name, description, json);
    }

    /** A small valid lens document with the given name, for lenses seeded through the control API. */
    public static LensDocument minimal(String name) {
        JsonObject choice = new JsonObject();
        choice.addProperty("id", "choice_1");
        choice.addProperty("title", "The workload follows the practice");
        JsonArray choices = new JsonArray();
        choices.add(choice);
        JsonObject question = new JsonObject();
        question.addProperty("id", "question_1");
        question.addProperty("title", "Does the workload follow the practice?");
        question.add("choices", choices);
        JsonArray questions = new JsonArray();
        questions.add(question);
        JsonObject pillar = new JsonObject();
        pillar.addProperty("id", "pillar_1");
        pillar.addProperty("name", "Practice");
        pillar.add("questions", questions);
        JsonArray pillars = new JsonArray();
        pillars.add(pillar);
        JsonObject root = new JsonObject();
        root.addProperty("schemaVersion", SCHEMA_VERSION);
        root.addProperty("name", name);
        root.addProperty("description", "Seeded by the emulator's control API.");
        root.add("pillars", pillars);
        return parse(root.toString());
    }

    private static JsonObject parseObject(String json) {
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw invalid("the lens JSON has content after its end");
            }
            if (!element.isJsonObject()) {
                throw invalid("the lens JSON must be an object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw invalid("the lens JSON is not valid JSON");
        }
    }

    private static String requireText(JsonObject object, String key, String path, int min, int max) {
        String text = optionalText(object, key, path, max);
        if (text == null || text.codePointCount(0, text.length()) < min) {
            throw invalid(path + " is required");
        }
        return text;
    }

    private static String optionalText(JsonObject object, String key, String path, int max) {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw invalid(path + " must be a string");
        }
        String text = value.getAsString();
        if (text.codePointCount(0, text.length()) > max) {
            throw invalid(path + " must be at most " + max + " characters");
        }
        return text;
    }

    private static JsonArray requireArray(JsonObject object, String key, String path, int max) {
        JsonElement value = object.get(key);
        if (value == null || !value.isJsonArray() || value.getAsJsonArray().isEmpty()) {
            throw invalid(path + " must be a non-empty array");
        }
        if (value.getAsJsonArray().size() > max) {
            throw invalid(path + " may have at most " + max + " entries");
        }
        return value.getAsJsonArray();
    }

    private static JsonObject requireObject(JsonElement element, String path) {
        if (!element.isJsonObject()) {
            throw invalid(path + " must be an object");
        }
        return element.getAsJsonObject();
    }

    private static void requireId(JsonObject object, String path, Set<String> seen) {
        String id = requireText(object, "id", path + ".id", 1, 100);
        if (!ID.matcher(id).matches()) {
            throw invalid(path + ".id must be 1-100 letters, digits, '_' or '-'");
        }
        if (!seen.add(id)) {
            throw invalid(path + ".id \"" + id + "\" is used twice");
        }
    }

    private static ValidationException invalid(String problem) {
        return ValidationException.field(MEMBER, "Invalid lens JSON: " + problem);
    }
}
