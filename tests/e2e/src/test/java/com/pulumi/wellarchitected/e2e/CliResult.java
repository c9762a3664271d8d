package com.pulumi.wellarchitected.e2e;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.util.List;

/** What one {@code pulumi} command did: its exit code and both output streams. */
record CliResult(List<String> command, int exitCode, String stdout, String stderr) {

    JsonObject json() {
        return jsonElement().getAsJsonObject();
    }

    JsonElement jsonElement() {
        try {
            return JsonParser.parseString(stdout);
        } catch (JsonSyntaxException e) {
            throw new AssertionError("stdout of " + this + " is not JSON", e);
        }
    }

    CliResult requireSuccess() {
        if (exitCode != 0) {
            throw new AssertionError(this + " failed");
        }
        return this;
    }

    @Override
    public String toString() {
        return "`pulumi " + String.join(" ", command) + "` (exit " + exitCode + ")\n--- stdout\n" + stdout
                + "\n--- stderr\n" + stderr;
    }
}
