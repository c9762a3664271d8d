package com.pulumi.wellarchitected.e2e;

import java.io.IOException;
import java.nio.file.Path;

/**
 * examples/account-fleet as the fault-injection tests run it: one lens shared with {@code shareCount} accounts,
 * optionally with customTimeouts. Built once per test run by {@link ExampleProgram}, like every example.
 */
final class LensSharesProgram {

    static final String NAME = "account-fleet";
    /** The account the program shares with first; share {@code share-NNN} goes to this plus NNN. */
    static final long FIRST_ACCOUNT = 300_000_000_000L;

    private LensSharesProgram() {}

    static String shareName(int index) {
        return String.format("share-%03d", index);
    }

    static String account(int index) {
        return String.format("%012d", FIRST_ACCOUNT + index);
    }

    /** Builds the program's jar once per test run and copies the runnable project into {@code projectDir}. */
    static void copyTo(Toolchain toolchain, Path projectDir) throws IOException, InterruptedException {
        ExampleProgram.copyTo(toolchain, NAME, projectDir);
    }
}
