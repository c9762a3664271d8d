package com.pulumi.wellarchitected.e2e;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The recovery docs/reliability.md gives after an interrupted {@code pulumi up}, carried out step by step as a user
 * types it, plus the readers of what the provider printed: the IDs of the shares it created and the adopt commands
 * it gave for shares that already existed.
 */
final class CrashRecovery {

    /** {@code created lens share <shareId> (<lensAlias>|<shareId>)}, as a progress line of the resource. */
    private static final Pattern LOGGED_PROGRESS = Pattern.compile(
            "LensShare (\\S+) [^\\n]*?created lens share ([0-9a-f]{32}) \\(([^)\\s]+\\|[0-9a-f]{32})\\)");
    /** The same message in the Diagnostics section: the resource on one line, the message on the next. */
    private static final Pattern LOGGED_DIAGNOSTIC = Pattern.compile(
            "LensShare \\((\\S+)\\):\\s*\\n\\s*created lens share ([0-9a-f]{32}) \\(([^)\\s]+\\|[0-9a-f]{32})\\)");

    private static final Pattern IMPORT_COMMAND = Pattern.compile("`(pulumi import [^`]+)`");
    private static final int MAX_ROUNDS = 4;

    /** What the recovery did: every command it ran, and the resources it adopted with {@code pulumi import}. */
    record Outcome(List<String> commands, Map<String, String> imported) {}

    /** How the printed adopt commands are carried out: each as printed, or all in one {@code pulumi import --file}. */
    enum Adopt {
        EACH_AS_PRINTED,
        ALL_IN_ONE_FILE
    }

    private CrashRecovery() {}

    /** The share IDs the provider logged as created, by resource name: {@code name -> <lensAlias>|<shareId>}. */
    static Map<String, String> loggedShares(String output) {
        var logged = new TreeMap<String, String>();
        for (var pattern : List.of(LOGGED_PROGRESS, LOGGED_DIAGNOSTIC)) {
            var matcher = pattern.matcher(output);
            while (matcher.find()) {
                var previous = logged.put(matcher.group(1), matcher.group(3));
                if (previous != null && !previous.equals(matcher.group(3))) {
                    throw new AssertionError(matcher.group(1) + " was logged as created twice, as " + previous + " and "
                            + matcher.group(3));
                }
            }
        }
        return logged;
    }

    /** The distinct {@code pulumi import …} commands an output tells the user to run. */
    static List<String> importCommands(String output) {
        return commands(IMPORT_COMMAND, output);
    }

    private static List<String> commands(Pattern pattern, String output) {
        var commands = new LinkedHashSet<String>();
        var matcher = pattern.matcher(output);
        while (matcher.find()) {
            commands.add(matcher.group(1));
        }
        return List.copyOf(commands);
    }

    /**
     * The documented steps: (1) if the {@code pulumi} process itself died, {@code pulumi cancel} releases the stack's
     * lock; (2) {@code pulumi refresh --clear-pending-creates} drops the creates the checkpoint holds as pending;
     * (3) {@code pulumi up --continue-on-error}, and for every share it reports as already existing, the
     * {@code pulumi import} command it prints, or all of them at once in an import file; (4) {@code pulumi up} again,
     * until it succeeds.
     */
    static Outcome recover(LensSharesStack stack, boolean cliDied, Adopt adopt)
            throws IOException, InterruptedException {
        var commands = new ArrayList<String>();
        var imported = new TreeMap<String, String>();
        if (cliDied) {
            run(stack, commands, "cancel", "--yes");
        }
        if (!stack.pendingCreates().isEmpty()) {
            run(stack, commands, "refresh", "--yes", "--skip-preview", "--clear-pending-creates");
        }
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            var up = stack.up("--continue-on-error");
            commands.add("pulumi up --yes --skip-preview --continue-on-error");
            if (up.exitCode() == 0) {
                return new Outcome(commands, imported);
            }
            var printed = importCommands(up.stdout() + up.stderr());
            if (printed.isEmpty()) {
                throw new AssertionError("recovery round " + round
                        + ": `pulumi up` failed and printed no `pulumi import` " + "command to follow: " + up);
            }
            var resources = new JsonArray();
            for (var command : printed) {
                var words = words(command);
                imported.put(words.get(3), words.get(4));
                if (adopt == Adopt.EACH_AS_PRINTED) {
                    var args = new ArrayList<>(words.subList(1, words.size()));
                    args.add("--yes");
                    run(stack, commands, args.toArray(String[]::new));
                } else {
                    var resource = new JsonObject();
                    resource.addProperty("type", words.get(2));
                    resource.addProperty("name", words.get(3));
                    resource.addProperty("id", words.get(4));
                    resources.add(resource);
                }
            }
            if (adopt == Adopt.ALL_IN_ONE_FILE) {
                var file = new JsonObject();
                file.add("resources", resources);
                var path = Files.writeString(stack.workDir.resolve("adopt-" + round + ".json"), file.toString());
                run(stack, commands, "import", "--file", path.toString(), "--yes");
            }
        }
        throw new AssertionError("`pulumi up` still failed after " + MAX_ROUNDS + " rounds of recovery: " + commands);
    }

    /** Splits a command line as a POSIX shell does for words and single-quoted strings. */
    static List<String> words(String commandLine) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (int i = 0; i < commandLine.length(); i++) {
            char c = commandLine.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                inWord = true;
            } else if (c == ' ' && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unbalanced quote in " + commandLine);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static void run(LensSharesStack stack, List<String> commands, String... args)
            throws IOException, InterruptedException {
        commands.add("pulumi " + String.join(" ", args));
        stack.pulumi.succeed(args);
    }
}
