package com.pulumi.wellarchitected.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line as the engine writes it: {@code [--logtostderr] [-v=N] [--tracing <endpoint>] <engine address>},
 * the engine address always last. Flags are accepted with one or two dashes and with {@code =} or a space, as Go's
 * flag package accepts them.
 */
public record LaunchArguments(Optional<String> engineAddress, int verbosity, List<String> ignored) {

    public static LaunchArguments parse(String... args) {
        Optional<String> engineAddress = Optional.empty();
        int verbosity = 0;
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                engineAddress = Optional.of(arg);
                continue;
            }
            String flag = arg.replaceFirst("^--?", "");
            String name = flag.contains("=") ? flag.substring(0, flag.indexOf('=')) : flag;
            boolean takesValue = name.equals("v") || name.equals("tracing");
            String value = flag.contains("=")
                    ? flag.substring(flag.indexOf('=') + 1)
                    : takesValue && i + 1 < args.length - 1 ? args[++i] : "";
            if (name.equals("v")) {
                verbosity = parseVerbosity(value);
            } else if (!name.equals("logtostderr") && !name.equals("tracing")) {
                ignored.add(arg);
            }
        }
        return new LaunchArguments(engineAddress, verbosity, List.copyOf(ignored));
    }

    private static int parseVerbosity(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
