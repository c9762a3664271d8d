package com.pulumi.wellarchitected.emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The command line: {@code wellarchitected-emulator [--host H] [--port N] [--state FILE] [--credentials FILE]
 * [--control-token TOKEN]}, the control token also from the environment.
 */
public final class EmulatorMain {
    /** Where the control token is best given: unlike a flag, the environment is not shown to other users by ps. */
    static final String CONTROL_TOKEN_ENV = "EMULATOR_CONTROL_TOKEN";

    private static final String USAGE = "usage: wellarchitected-emulator [--host 127.0.0.1] [--port "
            + EmulatorOptions.DEFAULT_PORT + "] [--state FILE] [--credentials FILE] [--control-token TOKEN]\n"
            + "  " + CONTROL_TOKEN_ENV + "=TOKEN may give the control token instead of the flag";

    private EmulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        EmulatorOptions options;
        try {
            options = parse(args, System.getenv(CONTROL_TOKEN_ENV));
        } catch (IllegalArgumentException e) {
            System.err.println("wellarchitected-emulator: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(USAGE);
            return;
        }
        EmulatorServer server;
        try {
            server = EmulatorServer.start(options);
        } catch (IOException | RuntimeException e) {
            System.err.println("wellarchitected-emulator: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGINT and SIGTERM run shutdown hooks: close the server there so the port is released before exit.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "emulator-shutdown"));
        System.out.println("listening on " + server.endpoint());
        System.out.flush();
        stopped.await();
    }

    /** The options from the flags, or null when help was asked for. */
    static EmulatorOptions parse(String[] args, String controlTokenFromEnvironment) {
        String host = EmulatorOptions.DEFAULT_HOST;
        String controlToken = controlTokenFromEnvironment == null || controlTokenFromEnvironment.isEmpty()
                ? null
                : controlTokenFromEnvironment;
        int port = EmulatorOptions.DEFAULT_PORT;
        Path state = null;
        Path credentials = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value = null;
            int equals = flag.indexOf('=');
            if (flag.startsWith("--") && equals > 0) {
                value = flag.substring(equals + 1);
                flag = flag.substring(0, equals);
            }
            if (flag.equals("--help") || flag.equals("-h")) {
                return null;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
                value = args[++i];
            }
            switch (flag) {
                case "--host" -> host = value;
                case "--port" -> port = parsePort(value);
                case "--state" -> state = Path.of(value);
                case "--credentials" -> credentials = Path.of(value);
                case "--control-token" -> {
                    if (value.isBlank()) {
                        throw new IllegalArgumentException("--control-token must not be empty");
                    }
                    controlToken = value;
                }
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        return new EmulatorOptions(host, port, state, credentials, controlToken);
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, got " + value);
        }
    }
}
