package com.pulumi.wellarchitected.emulator.auth;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code --credentials FILE}: {@code {"credentials":[{"accessKeyId":…,"secretAccessKey":…,"accountId":…}]}},
 * where accountId may be omitted to take the account from the access key as without the file.
 */
public final class CredentialsFile {
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private CredentialsFile() {}

    public static Map<String, Credential> load(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot read credentials file " + file + ": " + e.getMessage(), e);
        }
        try {
            JsonElement root = JsonParser.parseString(text);
            JsonArray entries = root.getAsJsonObject().getAsJsonArray("credentials");
            if (entries == null) {
                throw new IOException("credentials file " + file + " has no \"credentials\" array");
            }
            Map<String, Credential> credentials = new LinkedHashMap<>();
            for (JsonElement element : entries) {
                JsonObject entry = element.getAsJsonObject();
                String accessKeyId = requiredString(entry, "accessKeyId", file);
                String secret = requiredString(entry, "secretAccessKey", file);
                String accountId = entry.has("accountId")
                        ? entry.get("accountId").getAsString()
                        : AccessKeys.accountOf(accessKeyId);
                if (!ACCOUNT.matcher(accountId).matches()) {
                    throw new IOException(
                            "credentials file " + file + ": accountId of " + accessKeyId + " must be 12 digits");
                }
                credentials.put(accessKeyId, new Credential(accessKeyId, secret, accountId));
            }
            return credentials;
        } catch (JsonParseException | IllegalStateException | ClassCastException | UnsupportedOperationException e) {
            throw new IOException(
                    "credentials file " + file + " is not valid: expected"
                            + " {\"credentials\":[{\"accessKeyId\":…,\"secretAccessKey\":…,\"accountId\":…}]}",
                    e);
        }
    }

    private static String requiredString(JsonObject entry, String name, Path file) throws IOException {
        JsonElement value = entry.get(name);
        if (value == null || !value.isJsonPrimitive() || value.getAsString().isEmpty()) {
            throw new IOException("credentials file " + file + ": every entry needs a non-empty \"" + name + "\"");
        }
        return value.getAsString();
    }
}
