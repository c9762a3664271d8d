package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The recovery docs/reliability.md gives after an interrupted {@code pulumi up}, carried out step by step as a user
 * types it, plus the reader of what the provider printed: the IDs of the shares it created.
 */
final class CrashRecovery {

    /** {@code created lens share <shareId> (<lensAlias>|<shareId>)}, as a progress line of the resource. */
    private static final Pattern LOGGED_PROGRESS = Pattern.compile(
            "LensShare (\\S+) [^\\n]*?created lens share ([0-9a-f]{32}) \\(([^)\\s]+\\|[0-9a-f]{32})\\)");
    /** The same message in the Diagnostics section: the resource on one line, the message on the next. */
    private static final Pattern LOGGED_DIAGNOSTIC = Pattern.compile(
            "LensShare \\((\\S+)\\):\\s*\\n\\s*created lens share ([0-9a-f]{32}) \\(([^)\\s]+\\|[0-9a-f]{32})\\)");

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

    /**
     * The documented steps: (1) if the {@code pulumi} process itself died, {@code pulumi cancel} releases the stack's
     * lock; (2) {@code pulumi refresh --clear-pending-creates} drops the creates the checkpoint holds as pending;
     * (3) {@code pulumi up}, which sends each interrupted create's idempotency token again and so gets back from the
     * API the share the interrupted run made. Returns the commands run; fails if any of them fails.
     */
    static List<String> recover(LensSharesStack stack, boolean cliDied) throws IOException, InterruptedException {
        var commands = new ArrayList<String>();
        if (cliDied) {
            run(stack, commands, "cancel", "--yes");
        }
        run(stack, commands, "refresh", "--clear-pending-creates", "--yes", "--skip-preview");
        run(stack, commands, "up", "--yes", "--skip-preview");
        return commands;
    }

    /**
     * Every share in {@code before} (the emulator's shares when the recovery began) is in the checkpoint under its own
     * ID: adopted as it was, neither replaced nor left outside the stack.
     */
    static void assertAdopted(LensSharesStack stack, List<Emulator.Share> before)
            throws IOException, InterruptedException {
        var ids = StackState.of(stack.pulumi.exportStack()).lensShares().values().stream()
                .map(resource -> resource.get("id").getAsString())
                .toList();
        assertThat(before)
                .as("shares that existed when the recovery began")
                .allSatisfy(
                        share -> assertThat(ids).as("IDs in the checkpoint").contains(stack.stateId(share.shareId())));
    }

    private static void run(LensSharesStack stack, List<String> commands, String... args)
            throws IOException, InterruptedException {
        commands.add("pulumi " + String.join(" ", args));
        stack.pulumi.succeed(args);
    }
}
